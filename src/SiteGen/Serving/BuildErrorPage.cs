using System.Net;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>The page `sitegen serve` shows instead of the site while the last build has errors.</summary>
public static class BuildErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> errors)
    {
        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Build failed</title>")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\n")
            .Append("<body>\n<main>\n<h1>Build failed</h1>\n<p>")
            .Append(errors.Count == 1 ? "1 error" : $"{errors.Count} errors")
            .Append(". Fix the input and save: this page reloads by itself.</p>\n<ol>\n");
        foreach (var error in errors)
        {
            html.Append("<li><pre>").Append(WebUtility.HtmlEncode(error.ToString())).Append("</pre></li>\n");
        }

        return Encoding.UTF8.GetBytes(html.Append("</ol>\n</main>\n</body>\n</html>\n").ToString());
    }
}
