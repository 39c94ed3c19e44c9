package normalize

func Detect(b []byte) (Encoding, float64)                       { return Unicode, 1 }
func Decode(b []byte, enc Encoding) ([]byte, *Alignment, error) { return b, nil, nil }
