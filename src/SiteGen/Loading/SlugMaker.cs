using System.Globalization;
using System.Text;

namespace SiteGen.Loading;

/// <summary>
/// Makes URL slugs: lowercase ASCII words joined by hyphens, diacritics stripped (ë → e), other symbols and emoji
/// dropped, at most <see cref="MaxLength"/> characters cut at a word boundary. <see cref="MakeUnique"/> gives
/// clashing slugs -2, -3, ... in the order given (the loader passes articles by relative path), so it is deterministic.
/// </summary>
public static class SlugMaker
{
    public const int MaxLength = 60;
    public const string Fallback = "artikel";

    /// <summary>The slug of a title; empty when it has no letters or digits that map to ASCII.</summary>
    public static string Make(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 4 * MaxLength));
        // No string.Normalize here: under InvariantGlobalization it leaves 'ë' composed, so letters fold by table.
        foreach (var c in text)
        {
            if (sb.Length > 4 * MaxLength) break;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = Fold(c);
            if (folded is null)
            {
                if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
                continue;
            }
            sb.Append(folded);
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return (cut > 0 ? slug[..cut] : slug[..MaxLength]).Trim('-');
    }

    /// <summary>The slug from the title, else from the file name, else <see cref="Fallback"/>. Never empty.</summary>
    public static string ForArticle(string title, string id) =>
        Make(title) is { Length: > 0 } fromTitle ? fromTitle
        : Make(id) is { Length: > 0 } fromName ? fromName
        : Fallback;

    /// <summary>Unique slugs in input order: the first keeps its slug, later ones get the first free -2, -3, ...</summary>
    public static IReadOnlyList<string> MakeUnique(IReadOnlyList<string> slugs)
    {
        var taken = new HashSet<string>(slugs, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(slugs.Count);
        foreach (var slug in slugs)
        {
            var unique = slug;
            // A suffixed slug never takes the plain slug of another article, earlier or later.
            var n = 1;
            while (!used.Add(unique))
                do unique = $"{slug}-{++n}"; while (taken.Contains(unique));
            result.Add(unique);
        }
        return result;
    }

    // Accented Latin letters (Latin-1 Supplement, Latin Extended-A, Romanian comma letters) and their base letter.
    private static readonly Dictionary<char, string> Accented = BuildAccented(
        ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđðĎĐÐ"), ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"),
        ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"), ("l", "ĺļľŀłĹĻĽĿŁ"),
        ("n", "ñńņňŉÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"), ("s", "śŝşšșŚŜŞŠȘ"), ("t", "ţťŧțŢŤŦȚ"),
        ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵŴ"), ("y", "ýÿŷÝŸŶ"), ("z", "źżžŹŻŽ"),
        ("ae", "æÆ"), ("oe", "œŒ"), ("ss", "ß"), ("th", "þÞ"), ("ij", "ĳĲ"));

    private static Dictionary<char, string> BuildAccented(params (string Base, string Letters)[] groups) =>
        groups.SelectMany(g => g.Letters.Select(c => (c, g.Base))).ToDictionary(p => p.c, p => p.Base);

    // ASCII letters and digits stay (lowercased), accented letters fold, apostrophes vanish inside words,
    // combining marks (decomposed input) are dropped; everything else separates words.
    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => ((char)(c + 32)).ToString(),
        '\'' or '’' => "",
        _ when Accented.TryGetValue(c, out var folded) => folded,
        _ => null,
    };
}
