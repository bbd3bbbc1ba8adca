using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// A Scriban context that HTML-encodes every <c>{{ value }}</c> it writes, so content is safe by default and a
/// template cannot forget to escape. Only <see cref="RawHtml"/> (built by the generator) passes unchanged.
/// Literal template text does not come through here and is written as is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Scriban's builtin functions (<c>array.size</c>, <c>string.starts_with</c>...), made once and read-only: a new
    /// context would otherwise build all of them again, two contexts per page, and a template cannot change them for
    /// the pages after it (or beside it, on another thread).
    /// </summary>
    private static readonly ScriptObject SharedBuiltins = ReadOnly(new BuiltinFunctions());

    public HtmlTemplateContext() : base(SharedBuiltins) { }

    private static ScriptObject ReadOnly(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
            if (value is IScriptObject child) child.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            default:
                Write(HtmlText.Encode(ObjectToString(textAsObject)));
                return this;
        }
    }
}
