namespace SiteGen.Diagnostics;

public enum Severity { Info, Warning, Error }
