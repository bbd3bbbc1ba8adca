using System.Text.RegularExpressions;

namespace SiteGen.Temporal.Text;

/// <summary>
/// The word right before an expression can fix its direction where the clause's tense does not: <c>sinds maart</c> is
/// always a March past; <c>voor 15 februari</c>, <c>uiterlijk maandag</c>, <c>tot juli</c> in a clause without past or
/// future cues is a deadline still to come. The words are the language's <c>signal_past</c> and <c>signal_future</c> patterns.
/// </summary>
public sealed class SignalWords(Regex past, Regex future)
{
    /// <summary>How far before an expression its signal word may start.</summary>
    public const int Reach = 16;

    /// <summary>True when the word before <paramref name="start"/> makes the expression a limit or deadline (<c>tot 2030</c>).</summary>
    public bool PointsForward(string text, int start)
    {
        var from = Math.Max(0, start - Reach);
        return future.IsMatch(text.AsSpan(from, start - from));
    }

    public Tense Adjust(string text, int start, Tense tense)
    {
        var from = Math.Max(0, start - Reach);
        var before = text.AsSpan(from, start - from);
        if (past.IsMatch(before)) return Tense.Past;
        return tense is Tense.Present or Tense.Unknown && future.IsMatch(before) ? Tense.Future : tense;
    }
}
