using System.Text;

namespace SiteGen.Events;

/// <summary>ASCII slugs for actor ids and timeline anchors: <c>Xi Jinping</c> → <c>xi-jinping</c>, <c>Australië</c> → <c>australie</c>.</summary>
public static class EventSlug
{
    // A table rather than Unicode normalisation: the build runs with InvariantGlobalization.
    private const string Accented = "àáâãäåèéêëìíîïòóôõöøùúûüýÿçñğşıščřžćđ";
    private const string Plain = "aaaaaaeeeeiiiioooooouuuuyycngsiscrzcd";

    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw;
            if (c > '\u007f' && Accented.IndexOf(c) is var k and >= 0) c = Plain[k];
            if (c == 'ß') { sb.Append("ss"); dash = false; continue; }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return sb.ToString();
    }
}
