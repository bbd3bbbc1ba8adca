namespace SiteGen.Temporal;

/// <summary>
/// Something in the text that reads as a date but names none, such as <c>31 februari 2022</c>: no value is made up
/// for it; the site can point at the span (offsets into the text as given, end exclusive) and show the message.
/// </summary>
public sealed record TemporalProblem(int Start, int End, string Text, string Message);
