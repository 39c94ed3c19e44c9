package date

import "math"

// The Vietnamese lunisolar calendar, computed rather than tabled: a month
// starts on the local day (UTC+7) of a new moon; the month holding the
// winter solstice is the eleventh; a year with thirteen months between two
// eleventh months repeats the first month after the solstice that holds no
// major solar term (a multiple of 30° of the sun's longitude). New moons
// and the sun's longitude come from the truncated series of Meeus,
// Astronomical Algorithms (chapters 25 and 49), which place a new moon to
// within minutes over 1900-2100. Days are Julian day numbers.

const (
	vnZone       = 7.0 / 24 // UTC+7, in days
	synodicMonth = 29.530588853
	newMoon1900  = 2415021.076998695 // the first new moon of 1900 (JD)
)

// newMoon returns the Julian date (UT) of the k-th new moon after that of
// 1900-01-01.
func newMoon(k int) float64 {
	const dr = math.Pi / 180
	fk := float64(k)
	t := fk / 1236.85
	t2, t3 := t*t, t*t*t
	jd := 2415020.75933 + 29.53058868*fk + 0.0001178*t2 - 0.000000155*t3
	jd += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := (359.2242 + 29.10535608*fk - 0.0000333*t2 - 0.00000347*t3) * dr   // sun's mean anomaly
	mp := (306.0253 + 385.81691806*fk + 0.0107306*t2 + 0.00001236*t3) * dr // moon's mean anomaly
	f := (21.2964 + 390.67050646*fk - 0.0016528*t2 - 0.00000239*t3) * dr   // moon's argument of latitude
	c := (0.1734-0.000393*t)*math.Sin(m) + 0.0021*math.Sin(2*m) -
		0.4068*math.Sin(mp) + 0.0161*math.Sin(2*mp) - 0.0004*math.Sin(3*mp) +
		0.0104*math.Sin(2*f) - 0.0051*math.Sin(m+mp) - 0.0074*math.Sin(m-mp) +
		0.0004*math.Sin(2*f+m) - 0.0004*math.Sin(2*f-m) - 0.0006*math.Sin(2*f+mp) +
		0.0010*math.Sin(2*f-mp) + 0.0005*math.Sin(2*mp+m)
	// ΔT, TT - UT, in days.
	var dt float64
	if t < -11 {
		dt = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		dt = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd + c - dt
}

// newMoonDay is the Julian day number of the local day of the k-th new moon.
func newMoonDay(k int) int { return int(math.Floor(newMoon(k) + 0.5 + vnZone)) }

// solarTerm returns the sun's apparent longitude at the start of the local
// day jdn, in twelfths of a circle (0 from the vernal equinox, 9 from the
// winter solstice).
func solarTerm(jdn int) int {
	const dr = math.Pi / 180
	t := (float64(jdn) - 0.5 - vnZone - 2451545.0) / 36525
	t2 := t * t
	m := (357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2) * dr
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600-0.004817*t-0.000014*t2)*math.Sin(m) + (0.019993-0.000101*t)*math.Sin(2*m) + 0.000290*math.Sin(3*m)
	l := math.Mod(l0+dl, 360)
	if l < 0 {
		l += 360
	}
	return int(l / 30)
}

// month11 returns the Julian day number of the first day of the eleventh
// lunar month of Gregorian year y (the month that holds the solstice).
func month11(y int) int {
	off := jdn(y, 12, 31) - 2415021
	k := int(math.Floor(float64(off) / synodicMonth))
	nm := newMoonDay(k)
	if solarTerm(nm) >= 9 {
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapOffset returns the offset, in months from the eleventh month that
// starts on a11, of the leap month of a thirteen-month year: the first
// month with no major solar term.
func leapOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-newMoon1900)/synodicMonth + 0.5))
	i := 1
	arc := solarTerm(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = solarTerm(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// lunarToSolar returns the Gregorian date of day d of (non-leap) month m of
// lunar year ly, the lunar year that starts at the Tết of Gregorian year ly.
func lunarToSolar(d, m, ly int) (y, mo, dd int) {
	start, _ := lunarMonth(m, ly)
	return civilFromJDN(start + d - 1)
}

// lunarMonth returns the Julian day number of the first day of (non-leap)
// month m of lunar year ly, and the month's length in days (29 or 30).
func lunarMonth(m, ly int) (start, days int) {
	start, days, _ = lunarMonthOf(m, ly, false)
	return start, days
}

// lunarMonthOf is lunarMonth, or with leap the leap month that repeats m
// (ok is false when year ly has none after m).
func lunarMonthOf(m, ly int, leap bool) (start, days int, ok bool) {
	var a11, b11 int
	if m < 11 {
		a11, b11 = month11(ly-1), month11(ly)
	} else {
		a11, b11 = month11(ly), month11(ly+1)
	}
	k := int(math.Floor((float64(a11)-newMoon1900)/synodicMonth + 0.5))
	off := m - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		lo := leapOffset(a11)
		switch {
		case leap && lo != off+1:
			return 0, 0, false
		case leap || off >= lo:
			off++ // the leap month, or a month after it
		}
	} else if leap {
		return 0, 0, false
	}
	start = newMoonDay(k + off)
	return start, newMoonDay(k+off+1) - start, true
}

// lunarYearOf returns the lunar year that holds the Julian day j: the
// Gregorian year of j, or the one before when j comes before its Tết.
func lunarYearOf(j int) int {
	y, _, _ := civilFromJDN(j)
	if tet, _ := lunarMonth(1, y); j < tet {
		return y - 1
	}
	return y
}

// jdn is the Julian day number of a Gregorian date.
func jdn(y, m, d int) int { return civilDay(y, m, d) + 2440588 }

// civilFromJDN is the Gregorian date of a Julian day number.
func civilFromJDN(j int) (y, m, d int) {
	z := j - 2440588 + 719468 // days from 0000-03-01
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}
