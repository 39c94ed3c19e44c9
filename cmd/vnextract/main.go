// Command vnextract extracts people, positions (titles), organizations, places
// and dates from Vietnamese text.
//
// Usage:
//
//	vnextract extract   [--format json|jsonl|conll|html] [--ref-date YYYY-MM-DD] [--lexicon FILE]... [-j N] [--lines] [FILE...]
//	vnextract normalize [--tone old|new|keep] [--from auto|unicode|tcvn3|vni|viscii|viqr|cp1258] [--fold] [FILE]
//	vnextract serve     [--addr 127.0.0.1:8080] [--max-bytes N] [--max-batch-docs N] [--lexicon FILE]...
//	vnextract eval      --gold FILE.conll [--types PERSON,ORGANIZATION,LOCATION]
//
// With no FILE, extract and normalize read standard input. "vnextract
// COMMAND -h" describes the flags of a command.
//
// The exit status is 0 on success, 1 when an input could not be read or
// processed (the message names the file and, where it applies, the byte
// offset), and 2 on bad usage (unknown flag or command, bad flag value).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // bad input, unreadable file, failed processing
	exitUsage = 2 // bad command line
)

// env is what a command runs with: its name, its streams and a context that
// is cancelled on shutdown.
type env struct {
	ctx    context.Context
	name   string // the command name, used in messages
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// errorf prints "vnextract: NAME: message" on stderr, as one write so that
// messages from concurrent workers do not interleave.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "vnextract: %s: %s\n", e.name, fmt.Sprintf(format, args...))
}

// lockedWriter serializes writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// usageErr prints a usage error with a hint and returns exitUsage.
func (e *env) usageErr(format string, args ...any) int {
	e.errorf(format, args...)
	fmt.Fprintf(e.stderr, "Run 'vnextract %s -h' for usage.\n", e.name)
	return exitUsage
}

type command struct {
	name     string
	synopsis string // one line, after "vnextract NAME"
	summary  string // for the command list
	help     string // paragraphs after the synopsis
	run      func(e *env, c *command, args []string) int
}

var commands []*command

func init() {
	commands = []*command{extractCmd, aggregateCmd, normalizeCmd, serveCmd, evalCmd, trainCmd}
}

const mainUsage = `vnextract finds people, positions (titles), organizations, places and dates
in Vietnamese text, and who holds which position where and when.

Usage:
  vnextract <command> [flags] [arguments]

Commands:
%s
Run 'vnextract <command> -h' (or 'vnextract help <command>') for the flags of a command.
Flags may be written -flag or --flag, before or after file names; '--' ends the flags.

Exit status: 0 success, 1 bad input or processing error, 2 bad usage.
`

func printMainUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-10s  %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, mainUsage, b.String())
}

// run runs the command line args (without the program name) and returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run with a context: cancelling it stops a running server
// gracefully (as SIGINT does).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Workers (aggregate's decoders, the server's handlers) report errors
	// from their own goroutines; the caller's writer need not be safe for
	// that, so every write to it is serialized here.
	stderr = &lockedWriter{w: stderr}
	if len(args) == 0 {
		printMainUsage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				e := &env{ctx: ctx, name: c.name, stdin: stdin, stdout: stdout, stderr: stderr}
				return c.run(e, c, []string{"-h"})
			}
			fmt.Fprintf(stderr, "vnextract: help: unknown command %q\n", args[1])
			return exitUsage
		}
		printMainUsage(stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "vnextract", version())
		return exitOK
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(stderr, "vnextract: unknown command %q\nRun 'vnextract -h' for the list of commands.\n", name)
		return exitUsage
	}
	e := &env{ctx: ctx, name: c.name, stdin: stdin, stdout: stdout, stderr: stderr}
	return c.run(e, c, args[1:])
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// printCommandUsage prints the synopsis, the help text and the flags of c.
func printCommandUsage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: vnextract %s %s\n\n%s\n", c.name, c.synopsis, strings.TrimSpace(c.help))
	fmt.Fprintf(w, "\nFlags:\n")
	printFlags(w, fs)
}

// printFlags prints the flags of fs like flag.PrintDefaults, but with the
// "--name" spelling for long names.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		name, usage := flag.UnquoteUsage(f)
		line := "  " + dash + f.Name
		if name != "" {
			line += " " + name
		}
		usage = strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			if _, isString := f.Value.(interface{ IsStringFlag() }); isString {
				usage += fmt.Sprintf(" (default %q)", f.DefValue)
			} else if name == "string" || strings.ContainsAny(f.DefValue, " \t") {
				usage += fmt.Sprintf(" (default %q)", f.DefValue)
			} else {
				usage += fmt.Sprintf(" (default %s)", f.DefValue)
			}
		}
		fmt.Fprintf(w, "%s\n    \t%s\n", line, usage)
	})
}

// parseCommandLine parses args with fs, allowing flags after positional
// arguments ("vnextract extract a.txt --format jsonl"); "--" ends the flags.
// It returns the positional arguments and, when the caller must return at
// once, done with an exit code: 0 after -h (help printed on stdout), 2 on a
// bad flag (the error printed on stderr).
func parseCommandLine(e *env, c *command, fs *flag.FlagSet, args []string) (rest []string, code int, done bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var after []string
	for i, a := range args {
		if a == "--" {
			args, after = args[:i], args[i+1:]
			break
		}
	}
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			printCommandUsage(e.stdout, c, fs)
			return nil, exitOK, true
		}
		if err != nil {
			return nil, e.usageErr("%v", err), true
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(rest, after...), 0, false
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	*l = append(*l, s)
	return nil
}

// parseRefDate parses a --ref-date value; "" gives the zero time.
func parseRefDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("want YYYY-MM-DD, got %q", s)
	}
	return t, nil
}

// parseTypes parses a comma-separated list of mention types.
func parseTypes(s string) ([]entity.Type, error) {
	var out []entity.Type
	seen := map[entity.Type]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		t, err := entity.ParseType(f)
		if err != nil {
			return nil, fmt.Errorf("unknown type %q (want %s)", f, typeList())
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no type in %q (want %s)", s, typeList())
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

func typeList() string {
	var names []string
	for _, t := range entity.Types {
		names = append(names, t.String())
	}
	return strings.Join(names, ",")
}

// loadLexicons reads user lexicon files (entity/lexdata/README.md format:
// TYPE<TAB>surface[<TAB>canonical]).
func loadLexicons(paths []string) ([]entity.LexiconEntry, error) {
	var all []entity.LexiconEntry
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		ents, err := entity.ParseLexicon(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, ents...)
	}
	return all, nil
}

// extractorFlags are the flags that choose what the extractor knows, shared
// by every command that builds one (extract, eval, serve): a new such flag is
// added here once, in register and in build.
type extractorFlags struct {
	lexicons listFlag
	model    string
	repairs  repairFlags
}

// register declares the flags on fs.
func (f *extractorFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.lexicons, "lexicon", "add the entries of a user lexicon `FILE` (TYPE<TAB>surface); repeatable")
	fs.StringVar(&f.model, "model", "", "use the tagger `MODEL` made by train for the types it was trained on")
	f.repairs.register(fs)
}

// build returns an Extractor with the flags' settings and opts.
func (f *extractorFlags) build(opts ...vnextract.Option) (*vnextract.Extractor, error) {
	opts = append(opts, vnextract.WithRepairs(f.repairs.rules()))
	entries, err := loadLexicons(f.lexicons)
	if err != nil {
		return nil, err
	}
	if len(entries) > 0 {
		opts = append(opts, vnextract.WithLexicon(entries...))
	}
	if f.model != "" {
		mo, err := modelOption(f.model)
		if err != nil {
			return nil, err
		}
		opts = append(opts, mo)
	}
	return vnextract.New(opts...)
}

// version returns the module version the binary was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
