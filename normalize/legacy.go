package normalize

import "fmt"

// Encoding names a text encoding Vietnamese text arrives in.
type Encoding uint8

const (
	// Unicode is UTF-8 (the zero value).
	Unicode Encoding = iota
	// TCVN3 is TCVN 5712:1993 VN3, the "ABC" font encoding (.VnTime).
	TCVN3
	// VNI is the VNI-Windows font encoding: base letter + mark bytes.
	VNI
	// VISCII is RFC 1456 VISCII.
	VISCII
	// VIQR is the ASCII mnemonic convention of RFC 1456 ("Vie^.t Nam").
	VIQR
	// CP1258 is Windows-1258: base letters followed by combining tones.
	CP1258
	// Auto asks for detection (ParseEncoding("auto")); Detect never returns it.
	Auto
)

var encNames = [...]string{"unicode", "tcvn3", "vni", "viscii", "viqr", "cp1258", "auto"}

// String returns the name ParseEncoding accepts.
func (e Encoding) String() string {
	if int(e) < len(encNames) {
		return encNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// ParseEncoding parses "auto", "unicode", "tcvn3", "vni", "viscii", "viqr" or
// "cp1258" (also "utf-8", "utf8", "windows-1258", "abc").
func ParseEncoding(s string) (Encoding, error) {
	switch s {
	case "utf-8", "utf8", "UTF-8":
		return Unicode, nil
	case "windows-1258":
		return CP1258, nil
	case "abc":
		return TCVN3, nil
	}
	for i, n := range encNames {
		if n == s {
			return Encoding(i), nil
		}
	}
	return Unicode, fmt.Errorf("normalize: unknown encoding %q", s)
}
