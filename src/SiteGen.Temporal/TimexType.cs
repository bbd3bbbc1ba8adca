namespace SiteGen.Temporal;

/// <summary>TIMEX3 types. Only <see cref="Date"/> and <see cref="Time"/> can be placed on a timeline.</summary>
public enum TimexType { Date, Time, Duration, Set }
