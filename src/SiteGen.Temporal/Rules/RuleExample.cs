namespace SiteGen.Temporal.Rules;

/// <summary>
/// An executable example of a rule: <c>example TEXT @ DCT => SPAN = TYPE VALUE [MOD]</c>, or <c>=> -</c> when the
/// text must yield no expression at all. <c>\n</c> in the text is a line break. <see cref="Dct"/> is null for <c>@ -</c> (the tagger finds or infers it).
/// </summary>
public sealed record RuleExample(
    string Text,
    string? Dct,
    string? Span,
    TimexType Type,
    string? Value,
    TimexMod Mod,
    string File,
    int Line)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line} {Text}";
}
