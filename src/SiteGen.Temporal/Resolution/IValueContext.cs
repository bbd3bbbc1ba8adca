namespace SiteGen.Temporal.Resolution;

/// <summary>What a <see cref="ValueTemplate"/> needs while it is evaluated for one match.</summary>
public interface IValueContext
{
    /// <summary>The text a named group matched, or null when it did not take part.</summary>
    string? Group(string name);

    /// <summary>Applies a normalizer (a built-in or a table) to text; null when it does not apply.</summary>
    string? Normalize(string normalizer, string text);

    CallResult Call(string function, string[] args);
}

/// <summary>The result of a resolution function; <see cref="Coarsened"/> when the document date was too coarse for it.</summary>
public readonly record struct CallResult(string? Value, bool Coarsened = false);
