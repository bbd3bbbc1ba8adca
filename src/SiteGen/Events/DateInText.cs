using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>A date expression of a sentence: [Start, End) in the sentence, its TIMEX value and modifier.</summary>
public sealed record DateInText(int Start, int End, string Value, TimexMod Mod);
