Console.Error.WriteLine("policykb: commands are being wired; see README.md");
return 1;
