using System;
using System.Text;

namespace PiiAnalyzers.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return PiiCli.Run(args, Console.Out, Console.Error);
    }
}
