namespace SiteGen.Temporal.Resolution;

/// <summary>Which way a bare weekday, month or season points from the document date.</summary>
public enum Direction { Past, Future }
