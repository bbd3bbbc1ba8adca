using Scriban;
using Scriban.Parsing;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-encodes every <c>{{ value }}</c> it writes, so content is safe by default and a
/// template cannot forget to escape. Only <see cref="RawHtml"/> (built by the generator) passes unchanged.
/// Literal template text does not come through here and is written as is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
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
