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
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
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

    // ASCII letters and digits stay (lowercased); a few letters that do not decompose get their usual spelling.
    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => ((char)(c + 32)).ToString(),
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'đ' or 'Đ' => "d",
        'ł' or 'Ł' => "l",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        '\'' or '’' => "",
        _ => null,
    };
}
