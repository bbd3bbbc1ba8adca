namespace SiteGen.Progress;

public enum ProgressMode { None, Lines, Live }
