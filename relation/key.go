package relation

import "strings"

// appendWords appends the space-separated words of a key to dst.
func appendWords(dst []string, k string) []string {
	if k == "" {
		return dst
	}
	for {
		i := strings.IndexByte(k, ' ')
		if i < 0 {
			return append(dst, k)
		}
		dst = append(dst, k[:i])
		k = k[i+1:]
	}
}

// wordCount returns the number of words of a key.
func wordCount(k string) int {
	if k == "" {
		return 0
	}
	return strings.Count(k, " ") + 1
}

// lastWord and firstWord of a key.
func lastWord(k string) string {
	if i := strings.LastIndexByte(k, ' '); i >= 0 {
		return k[i+1:]
	}
	return k
}

func firstWord(k string) string {
	if i := strings.IndexByte(k, ' '); i >= 0 {
		return k[:i]
	}
	return k
}

// isSubsequence reports whether every word of short appears in long, in order.
func isSubsequence[T comparable](short, long []T) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}
