namespace SiteGen.Temporal;

/// <summary>
/// One temporal expression found in a text. <see cref="Start"/> and <see cref="End"/> (exclusive) are
/// UTF-16 offsets into the text exactly as it was handed to the tagger, so callers can mark it in place.
/// <see cref="Value"/> is a TIMEX3 value: <c>2022-02-04</c>, <c>2022-02-04T15:36</c>, <c>2022-02-03TEV</c>,
/// <c>2022-W09</c>, <c>2023-03</c>, <c>2023-Q1</c>, <c>2023-SP</c>, <c>2022</c>, <c>199</c>, <c>20</c>,
/// <c>PRESENT_REF</c>/<c>PAST_REF</c>/<c>FUTURE_REF</c>, or a duration such as <c>P3D</c>, <c>PXW</c>.
/// </summary>
public sealed record TemporalMatch(
    int Start,
    int End,
    string Text,
    TimexType Type,
    string Value,
    TimexMod Mod,
    string Rule)
{
    /// <summary>True for a DATE or TIME that names a calendar period (not a vague reference, not a duration).</summary>
    public bool IsCalendarDate => Type is TimexType.Date or TimexType.Time && TimexValue.IsCalendar(Value);
}
