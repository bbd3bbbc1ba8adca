namespace SiteGen.Events;

/// <summary>
/// The parts of a person's name as written: the given name(s) or initials, and the surname with its particles,
/// capitalised as when it stands alone (`Christianne van der Wal` → `Christianne` + `Van der Wal`; `Bart De Wever`
/// → `Bart` + `De Wever`; `Schouten` → no given name + `Schouten`).
/// </summary>
public sealed record PersonName(string? Given, string Surname)
{
    public static PersonName Of(string name, ActorLexicon lexicon)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1) return new PersonName(null, name);
        var surname = words.Length - 1;
        // The surname starts at its first particle (`van der Wal`, `De Wever`), else it is the last word.
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (lexicon.Particles.Contains(words[i].ToLowerInvariant()) && !lexicon.GivenNames.ContainsKey(words[i]))
            {
                surname = i;
                break;
            }
        }
        if (lexicon.Particles.Contains(words[0].ToLowerInvariant()) && char.IsUpper(words[0][0]) && !lexicon.GivenNames.ContainsKey(words[0]))
            return new PersonName(null, name);
        var last = string.Join(' ', words[surname..]);
        return new PersonName(string.Join(' ', words[..surname]), char.ToUpperInvariant(last[0]) + last[1..]);
    }

    /// <summary>A key that ignores case, accents and spaces: `Van der Wal`, `van der Wal` and `Vanderwal` meet.</summary>
    public static string Key(string name) => EventSlug.Of(name).Replace("-", "", StringComparison.Ordinal);
}
