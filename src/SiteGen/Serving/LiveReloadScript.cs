using System.Text;

namespace SiteGen.Serving;

/// <summary>
/// The script that makes an open page reload after a rebuild. It exists only in `sitegen serve`: added to HTML
/// responses as they are served, never written to the output folder. It is an external file (no inline
/// script), so pages stay valid under the site's Content-Security-Policy.
/// </summary>
public static class LiveReloadScript
{
    public const string ScriptPath = "__sitegen/livereload.js";
    public const string EventsPath = "__sitegen/events";

    public const string Source = """
        // Served by `sitegen serve` only: reloads this page when the site is rebuilt (or the build fails).
        (() => {
          const script = document.currentScript;
          const events = new EventSource(script.dataset.events);
          const reload = () => location.reload();
          events.addEventListener('reload', reload);
          events.addEventListener('failed', reload);
        })();

        """;

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The page with the script tag before its last <c>&lt;/body&gt;</c> (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html, string baseUrl)
    {
        var tag = Encoding.UTF8.GetBytes(
            $"<script src=\"{baseUrl}{ScriptPath}\" data-events=\"{baseUrl}{EventsPath}\" defer></script>");
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }
}
