namespace SiteGen.Loading;

/// <summary>
/// What <see cref="FrontMatterReader"/> found: the fields, where the body starts in the file text, and the
/// validated date as a TIMEX3 value (null when absent or invalid; <see cref="FrontMatter.Date"/> keeps it as written).
/// </summary>
public sealed record FrontMatterBlock(FrontMatter Meta, int BodyStart, string? DateValue)
{
    public static readonly FrontMatterBlock None = new(FrontMatter.Empty, 0, null);
}
