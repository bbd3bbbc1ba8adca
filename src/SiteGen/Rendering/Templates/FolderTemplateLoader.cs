using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// Resolves <c>include 'partials/x.sbn'</c> inside the templates folder only: a name that climbs out
/// (<c>../secret</c>, an absolute path) is an error, so templates cannot read arbitrary files.
/// Paths are returned in display form (<c>templates/partials/x.sbn</c>) so errors name them that way.
/// </summary>
public sealed class FolderTemplateLoader(string root, string displayRoot) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(templateName))
            throw new ScriptRuntimeException(callerSpan, $"Template '{templateName}' is outside the templates folder.");
        return displayRoot + "/" + Path.GetRelativePath(_root, full).Replace('\\', '/');
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var full = ToFullPath(templatePath);
        if (!File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"Template '{templatePath}' was not found.");
        return File.ReadAllText(full);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));

    public string ToFullPath(string displayPath) =>
        Path.Combine(_root, displayPath[(displayRoot.Length + 1)..]);
}
