namespace SiteGen.Temporal;

/// <summary>How precisely a calendar value is known, coarse to fine.</summary>
public enum DatePrecision { None, Century, Decade, Year, Season, Quarter, Month, Week, Day, DayPart, Time }
