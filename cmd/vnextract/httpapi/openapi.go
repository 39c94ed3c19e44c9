package httpapi

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"text/template"
)

// openAPITemplate is the OpenAPI 3 description of the service, with the
// server's limits left as template fields. openapi_test.go checks real
// answers against it.
//
//go:embed openapi.json
var openAPITemplate string

var openAPI = template.Must(template.New("openapi.json").Option("missingkey=error").Parse(openAPITemplate))

// openAPIDocument returns the description with the limits of o filled in.
func openAPIDocument(o Options) []byte {
	var b bytes.Buffer
	err := openAPI.Execute(&b, map[string]any{
		"MaxBytes":          o.MaxBytes,
		"MaxBatchDocuments": o.MaxBatchDocuments,
		"Timeout":           o.Timeout.String(),
		"TimeoutSeconds":    o.Timeout.Seconds(),
		"Concurrency":       o.Concurrency,
	})
	if err == nil && !json.Valid(b.Bytes()) {
		err = fmt.Errorf("not valid JSON")
	}
	if err != nil {
		// The template is embedded and tested: this is a broken build.
		panic("httpapi: openapi.json: " + err.Error())
	}
	b.WriteByte('\n')
	return b.Bytes()
}
