using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// Resolves <c>include 'partials/x.sbn'</c> among the theme's templates only (the site's over the defaults): a name
/// that climbs out (<c>../secret</c>, an absolute path) is an error, so templates cannot read arbitrary files.
/// Paths are returned as <c>templates/partials/x.sbn</c>, the key every parsed template is cached under.
/// </summary>
public sealed class ThemeTemplateLoader(IReadOnlyDictionary<string, string> sources) : ITemplateLoader
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "sitegen-theme"));

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(Root, templateName));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(templateName))
            throw new ScriptRuntimeException(callerSpan, $"Template '{templateName}' is outside the templates folder.");
        return TemplateSet.DisplayRoot + "/" + Path.GetRelativePath(Root, full).Replace('\\', '/');
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        sources.TryGetValue(templatePath, out var text)
            ? text
            : throw new ScriptRuntimeException(callerSpan, $"Template '{templatePath}' was not found.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}
