using SiteGen.Cli;

return CliApp.Run(args, CliEnvironment.FromConsole());
