using System.Text;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Bodies;

/// <summary>
/// The markup around one temporal expression in an article. A calendar date becomes a focusable
/// <c>&lt;time datetime&gt;</c> whose resolved date shows on hover and focus (CSS reads <c>data-label</c>) and is
/// read out by screen readers (visually hidden text); durations and vague references are only tagged. No <c>title</c>:
/// the browser's own tooltip would show a second copy that no key can dismiss (WCAG 1.4.13).
/// </summary>
public sealed class TimexMarkup(DateLabeler labeler)
{
    public void Open(StringBuilder sb, TemporalMatch match)
    {
        var html = match.IsCalendarDate ? DateLabeler.HtmlDateTime(match.Value) : null;
        if (html is null)
        {
            sb.Append("<span class=\"tx-ref\" data-timex=\"").Append(HtmlText.Encode(match.Value)).Append("\">");
            return;
        }
        var label = HtmlText.Encode(labeler.Label(match.Value, match.Mod));
        sb.Append("<time class=\"tx\" datetime=\"").Append(HtmlText.Encode(html))
          .Append("\" data-timex=\"").Append(HtmlText.Encode(match.Value))
          .Append("\" data-label=\"").Append(label)
          .Append("\" tabindex=\"0\">");
    }

    public void Close(StringBuilder sb, TemporalMatch match)
    {
        if (match.IsCalendarDate && DateLabeler.HtmlDateTime(match.Value) is not null)
            sb.Append("<span class=\"vh\"> (").Append(HtmlText.Encode(labeler.Label(match.Value, match.Mod))).Append(")</span></time>");
        else
            sb.Append("</span>");
    }
}
