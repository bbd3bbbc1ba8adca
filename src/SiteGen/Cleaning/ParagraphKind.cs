namespace SiteGen.Cleaning;

public enum ParagraphKind { Text, Heading, Quote, Furniture }
