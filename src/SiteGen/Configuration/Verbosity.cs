namespace SiteGen.Configuration;

public enum Verbosity { Quiet, Normal, Verbose }
