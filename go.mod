module github.com/vnextract/vnextract

go 1.26.8

require (
	github.com/blevesearch/segment v0.9.1 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	golang.org/x/text v0.43.0 // indirect
)
