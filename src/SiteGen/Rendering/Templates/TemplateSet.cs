using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The site's Scriban templates, every <c>*.sbn</c> under the templates folder parsed up front so each syntax
/// error is reported (<c>templates/x.sbn(line,col): error SG3001</c>) before anything renders.
/// Rendering uses <see cref="HtmlTemplateContext"/> (encode by default), strict variables and snake_case members.
/// </summary>
public sealed class TemplateSet
{
    public const string DisplayRoot = "templates";

    /// <summary>The page templates a site must have; partials are free-form.</summary>
    public static readonly string[] Required = ["layout.sbn", "index.sbn", "article.sbn", "actor.sbn", "404.sbn"];

    private readonly FolderTemplateLoader _loader;
    private readonly Dictionary<string, Template> _templates;
    private readonly HashSet<string> _reported = [];

    private TemplateSet(FolderTemplateLoader loader, Dictionary<string, Template> templates)
    {
        _loader = loader;
        _templates = templates;
    }

    /// <summary>Parses every template; returns null when any is missing or broken (the diagnostics say which).</summary>
    public static TemplateSet? Load(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Error("SG3003", DisplayRoot, 0, 0, $"The templates folder '{folder}' does not exist.",
                "Create it (copy templates/ from the SiteGen repository) or point 'templates' in sitegen.yml at it.");
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        // A link out of the folder, a pipe or a loop among the templates is named, not followed (FolderWalker).
        var files = FolderWalker.Walk(folder, diagnostics.Under(DisplayRoot), f => f.EndsWith(".sbn", StringComparison.Ordinal), skipHidden: false).Files;
        foreach (var file in files)
        {
            var display = DisplayRoot + "/" + file.RelativePath;
            var template = Template.Parse(File.ReadAllText(file.FullPath), display);
            foreach (var message in template.Messages)
            {
                ok &= message.Type != Scriban.Parsing.ParserMessageType.Error;
                var severity = message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
                diagnostics.Add(new Diagnostic(severity, "SG3001", display, message.Span.Start.Line + 1,
                    message.Span.Start.Column + 1, message.Message, "Fix the template syntax (see scriban.github.io)."));
            }
            templates[display] = template;
        }
        foreach (var name in Required.Where(n => !templates.ContainsKey(DisplayRoot + "/" + n)))
        {
            ok = false;
            diagnostics.Error("SG3003", $"{DisplayRoot}/{name}", 0, 0, $"The template '{name}' is missing.",
                "Every site needs layout, index, article, actor and 404 templates.");
        }
        return ok ? new TemplateSet(new FolderTemplateLoader(folder, DisplayRoot), templates) : null;
    }

    /// <summary>Renders <paramref name="name"/> (<c>index.sbn</c>) with <paramref name="globals"/>; null after reporting a runtime error.</summary>
    public string? Render(string name, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var context = new HtmlTemplateContext
        {
            TemplateLoader = _loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
            LoopLimit = 1_000_000,
            // Scriban otherwise cuts a page off with "..." once a render (its includes counted again) passes 1M
            // characters: the index of a 1,000-article site does.
            OutputLimit = 0,
        };
        foreach (var (path, template) in _templates) context.CachedTemplates[path] = template;
        // Scriban cuts any value it turns into a string past 1 MB with "..." by default, which silently truncated
        // the body of a long article (and so the page); the input size limit bounds it instead.
        context.LimitToString = 0;
        var builtins = new ScriptObject { ["include"] = new IncludeAsHtml((IScriptCustomFunction)context.BuiltinObject["include"]!) };
        context.PushGlobal(builtins);
        context.PushGlobal(globals);
        try
        {
            return _templates[DisplayRoot + "/" + name].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? DisplayRoot + "/" + name : e.Span.FileName;
            var diagnostic = new Diagnostic(Severity.Error, "SG3002", file, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                e.OriginalMessage, "Check the names used against the render model documented in templates/README.md.");
            lock (_reported)
                if (_reported.Add(diagnostic.ToString())) diagnostics.Add(diagnostic);
            return null;
        }
    }
}
