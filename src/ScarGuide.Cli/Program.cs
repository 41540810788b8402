using ScarGuide.Cli.Commands;

return CommandLine.Create().Parse(args).Invoke();
