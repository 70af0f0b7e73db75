using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry tokenize`: Tokenize texts or (query, passage) pairs with a BERT WordPiece tokenizer.</summary>
public static class TokenizeCommand
{
    public static Command Create()
    {
        var command = new Command("tokenize", "Tokenize texts or (query, passage) pairs with a BERT WordPiece tokenizer.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry tokenize: not available in this build yet");
            return 3;
        });
        return command;
    }
}
