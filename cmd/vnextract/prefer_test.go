package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/cmd/vnextract/httpapi"
)

// TestPrefer checks that --prefer and the service's "prefer" field give a
// year-less date the year of its next occurrence, and refuse other values.
func TestPrefer(t *testing.T) {
	const text = "Hội nghị diễn ra ngày 20/11."
	for _, c := range []struct{ prefer, want string }{{"", "2016-11-20"}, {"past", "2016-11-20"}, {"future", "2017-11-20"}} {
		args := []string{"extract", "--ref-date", "2017-02-02"}
		if c.prefer != "" {
			args = append(args, "--prefer", c.prefer)
		}
		out, _, code := runCmd(t, text, args...)
		require.Equal(t, exitOK, code)
		assert.Contains(t, out, `"value": "`+c.want+`"`, c.prefer)
	}
	_, errs, code := runCmd(t, text, "extract", "--prefer", "later")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--prefer")

	ex, err := vnextract.New()
	require.NoError(t, err)
	h := httpapi.New(ex, httpapi.Options{})
	for body, want := range map[string]string{
		`{"text": "` + text + `", "ref_date": "2017-02-02", "prefer": "future"}`: `"value":"2017-11-20"`,
		`{"text": "` + text + `", "ref_date": "2017-02-02"}`:                     `"value":"2016-11-20"`,
		`{"text": "` + text + `", "prefer": "soon"}`:                             `prefer`,
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/v1/extract", strings.NewReader(body)))
		assert.Contains(t, w.Body.String(), want, body)
		if want == "prefer" {
			assert.Equal(t, http.StatusBadRequest, w.Code)
		}
	}
}
