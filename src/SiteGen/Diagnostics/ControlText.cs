using System.Globalization;
using System.Text;

namespace SiteGen.Diagnostics;

/// <summary>
/// Makes text from files (names, front-matter values, exception messages naming paths) safe to print on a terminal
/// or in a CI log: a newline would start a forged diagnostic or a GitHub Actions command (<c>::error file=…::</c>), an
/// escape sequence could clear the screen or recolour it, a bidirectional override could reorder what is read. Each
/// such character is shown as an escape (<c>\n</c>, <c>\x1B</c>, <c>\u{202E}</c>); everything else is kept.
/// </summary>
public static class ControlText
{
    public static string Escape(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (!NeedsEscape(c))
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            sb.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => @"\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => @"\u{" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "}",
            });
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>A diagnostic's file as printed: escaped, and never at the start of a line as <c>::</c> (a CI workflow command).</summary>
    public static string EscapePath(string path)
    {
        var escaped = Escape(path);
        return escaped.StartsWith("::", StringComparison.Ordinal) ? "./" + escaped : escaped;
    }

    // A surrogate reaching here is not part of a pair.
    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c)
        || c is '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
