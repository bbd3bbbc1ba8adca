using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Theming;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The site's Scriban templates, every <c>*.sbn</c> of the theme (the site's <c>templates/</c> over the defaults) parsed
/// up front so each syntax error is reported (<c>templates/x.sbn(line,col): error SG3001</c>) before anything renders.
/// Rendering uses <see cref="HtmlTemplateContext"/> (encode by default), strict variables and snake_case members.
/// </summary>
public sealed class TemplateSet
{
    public const string DisplayRoot = "templates";

    /// <summary>The page templates a site must have; partials are free-form.</summary>
    public static readonly string[] Required = ["layout.sbn", "index.sbn", "article.sbn", "actor.sbn", "404.sbn"];

    private readonly ThemeTemplateLoader _loader;
    private readonly Dictionary<string, Template> _templates;
    private readonly HashSet<string> _reported = [];

    // One context per rendering thread, kept from page to page with its output buffer (issue 22). A new context per
    // render, two per page, made its stacks, its cached templates, its `include` wrapper, an accessor for every model
    // type read through reflection, and an output buffer grown from 16 characters to the size of the page again:
    // about a quarter of what rendering allocated.
    private readonly ThreadLocal<HtmlTemplateContext?> _contexts = new();

    private TemplateSet(ThemeTemplateLoader loader, Dictionary<string, Template> templates, IReadOnlyList<ThemeFile> sources)
    {
        _loader = loader;
        _templates = templates;
        Sources = sources;
    }

    /// <summary>Every file the templates come from (interface texts included), the site's over the defaults: what a page's rendering depends on.</summary>
    public IReadOnlyList<ThemeFile> Sources { get; }

    /// <summary>The templates of <paramref name="folder"/> laid over the default theme (<see cref="SiteTheme.Layer"/>).</summary>
    public static TemplateSet? Load(string folder, DiagnosticBag diagnostics) =>
        Load(SiteTheme.Layer(folder, DefaultTheme.TemplatesFolder, diagnostics.Under(DisplayRoot)), diagnostics);

    /// <summary>Parses every template; returns null when any is missing or broken (the diagnostics say which).</summary>
    public static TemplateSet? Load(IReadOnlyList<ThemeFile> files, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var file in files.Where(f => f.RelativePath.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            // Cached under templates/x.sbn whichever layer it came from (that is what includes resolve to); named
            // in diagnostics as it is found (templates/x.sbn, or sitegen:templates/x.sbn for a default).
            var key = DisplayRoot + "/" + file.RelativePath;
            var text = file.ReadText();
            var template = Template.Parse(text, file.Display);
            foreach (var message in template.Messages)
            {
                ok &= message.Type != Scriban.Parsing.ParserMessageType.Error;
                var severity = message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
                diagnostics.Add(new Diagnostic(severity, "SG3001", file.Display, message.Span.Start.Line + 1,
                    message.Span.Start.Column + 1, message.Message, "Fix the template syntax (see scriban.github.io)."));
            }
            templates[key] = template;
            texts[key] = text;
        }
        foreach (var name in Required.Where(n => !templates.ContainsKey(DisplayRoot + "/" + n)))
        {
            ok = false;
            diagnostics.Error("SG3003", $"{DisplayRoot}/{name}", 0, 0, $"The template '{name}' is missing.",
                "Every site needs layout, index, article, actor and 404 templates; remove the site's broken link or file so the default is used.");
        }
        return ok ? new TemplateSet(new ThemeTemplateLoader(texts), templates, files) : null;
    }

    /// <summary>Renders <paramref name="name"/> (<c>index.sbn</c>) with <paramref name="globals"/>; null after reporting a runtime error.</summary>
    public string? Render(string name, ScriptObject globals, DiagnosticBag diagnostics)
    {
        // A render inside a render on the same thread (not done today) gets a context of its own.
        var context = _contexts.Value ?? NewContext();
        _contexts.Value = null;
        var done = false;
        // Every page starts as a fresh context would: no newline written yet, the page's globals on top of the builtins.
        context.ResetPreviousNewLine();
        context.PushGlobal(globals);
        try
        {
            var html = _templates[DisplayRoot + "/" + name].Render(context);
            done = true;
            return html;
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
        finally
        {
            // A render that failed may have left scopes and output behind: its context is dropped, not reused.
            if (done)
            {
                context.PopGlobal();
                _contexts.Value = context;
            }
        }
    }

    private HtmlTemplateContext NewContext()
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
        // Rendering empties the buffer after each page and keeps its capacity.
        context.PushOutput(new StringBuilderOutput(new System.Text.StringBuilder(16 * 1024)));
        return context;
    }
}
