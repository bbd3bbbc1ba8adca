namespace SiteGen.Rendering;

/// <summary>
/// Markup the generator built itself (an encoded article body, a rendered partial). The only value the
/// template context writes without encoding; anything else, article text included, is encoded.
/// </summary>
public sealed record RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    public override string ToString() => Html;
}
