// Dates and formatting: Date, Unix, the calendar accessors, Format with Go's layouts, fixed zones.
package main

import "time"

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	println(t.String())
	println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	println(t.Format(time.ANSIC))
	println(t.Format(time.RFC1123), t.Format(time.Kitchen))
	println(t.Format("Monday, January 2 2006 at 3:04:05.000 pm (MST) day 002"))
	println(t.Year(), int(t.Month()), t.Month().String(), t.Day(), t.Weekday().String(), t.YearDay())
	h, m, s := t.Clock()
	println(h, m, s, t.Nanosecond())
	println(t.Unix(), t.UnixMilli(), t.UnixNano())
	u := time.Unix(1700000000, 0).UTC()
	println(u.Format(time.DateTime), u.Weekday().String())
	println(time.Unix(0, 0).UTC().String())
	println(time.Date(2023, 12, 31, 23, 59, 60, 0, time.UTC).Format(time.DateOnly))
	println(time.Date(2024, 14, -1, 25, 0, 0, 0, time.UTC).Format(time.DateTime))
	loc := time.FixedZone("EST", -5*3600)
	e := t.In(loc)
	println(e.String(), e.Format(time.RFC3339), e.Location().String())
	name, off := e.Zone()
	println(name, off)
	println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly))
	println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))
	y, w := t.ISOWeek()
	println(y, w)
	d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1999, 12, 31, 12, 0, 0, 0, time.UTC))
	println(d.String())
	println(time.Month(13).String(), time.Saturday.String(), time.Weekday(9).String())
	println(time.UTC.String(), time.Local.String())
}
