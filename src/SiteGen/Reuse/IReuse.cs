namespace SiteGen.Reuse;

/// <summary>
/// The one seam through which a stage takes what earlier builds made instead of making it again. A stage asks for
/// each result it needs with the function that makes it; the implementation, chosen by <see cref="SiteBuilder"/>,
/// decides whether an earlier result still stands (by content hash on disk, or by object identity within one
/// `serve` session) and keeps what the stage used. Stages know only this interface, never how reuse is done: a
/// stage given <see cref="NoReuse{TInput, TResult}"/> makes everything and produces the same bytes (tested).
/// Implementations are safe to call from several threads at once.
/// </summary>
public interface IReuse<TInput, TResult>
{
    /// <summary>The result for <paramref name="input"/>: an earlier build's when it still stands, else <paramref name="make"/>'s.</summary>
    TResult GetOrMake(TInput input, Func<TInput, TResult> make);

    /// <summary>The stage has asked for every input it needs: what it did not ask for is forgotten.</summary>
    void Commit();
}
