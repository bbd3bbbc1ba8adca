namespace SiteGen.Temporal;

/// <summary>TIMEX3 modifiers; kept apart from the value (<c>begin februari</c> is <c>2022-02</c> with <see cref="Start"/>).</summary>
public enum TimexMod { None, Start, Mid, End, Approx, Before, After, MoreThan, LessThan, EqualOrMore }
