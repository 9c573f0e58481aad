"""dev27 texts: texts with numbers but no figure; at most and vague figures.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Route 66 reopens after Arizona wildfire",
    "A stretch of {{Route 66}} near Kingman reopened at {{6 a.m.}} on {{Tuesday}} after the wildfire burned {{about 12,000 acres}} in {{four days}}, Arizona officials said.",
)

F(
    "MH370: new search to cover 15,000 sq km",
    "Malaysia approved a new search for {{Flight 370}}, which vanished on {{8 March 2014}}; the company will be paid {{$70 million}} only if the wreck is found within {{15,000 square kilometres}} of the southern Indian Ocean.",
)

F(
    "G20 finance ministers meet in Johannesburg",
    "{{G20}} finance ministers met in Johannesburg on {{26 February}} and agreed to cut debt service costs by {{up to 40 percent}} for countries spending more than {{a fifth}} of revenue on interest.",
)

F(
    "101st Airborne marks 80 years since Bastogne",
    "Veterans of the {{101st}} Airborne gathered in Bastogne on {{16 December}} to mark {{80 years}} since the siege; the oldest, aged {{99}}, arrived at {{11:30}}.",
)

F(
    "Security Council: Resolution 2334, eight years on",
    "{{Eight years}} after {{Resolution 2334}} was adopted {{14-0}} on {{23 December 2016}}, the Council held its {{32nd}} quarterly briefing on it.",
)

F(
    "Kenya: Camp 4 power plant expansion",
    "KenGen said the {{Camp 4}} geothermal unit at Olkaria would add {{86 megawatts}} by {{2027}} at a cost of {{Sh11 billion}}, {{a third}} of it from a Japanese loan.",
)

F(
    "Football: Sudan beat South Sudan in Benghazi",
    "Sudan beat South Sudan {{3-1}} in a World Cup qualifier in Benghazi on {{Thursday}}, with a {{90th}}-minute goal from Mohamed Abdelrahman, {{29}}.",
)

F(
    "Ukraine: F-16 pilots finish training",
    "A {{second}} group of Ukrainian pilots finished {{F-16}} training in Arizona after {{nine months}}, the air force said, and the jets will fly from bases at least {{300 km}} from the front.",
)

F(
    "Ethiopia: birr devalued",
    "The birr lost {{about 30 percent}} of its value on {{29 July}}, trading at {{74.7}} to the dollar, after the IMF approved a {{$3.4bn}} programme over {{four years}}.",
)

F(
    "Nigeria: 2023 election anniversary",
    "{{One year}} after the {{25 February 2023}} vote, the tribunal's {{third}} ruling upheld the result; the {{2027}} election is due in {{February}}.",
)

F(
    "Syria: Assad's flight, one year later",
    "On {{8 December 2024}}, at about {{3 a.m.}}, Bashar al-Assad flew from Hmeimim to Moscow, ending {{54 years}} of his family's rule; he is now {{60}}.",
)

F(
    "Gaza ceasefire text: the timetable",
    "The {{first}} stage runs {{six weeks}}; negotiations on the {{second}} begin on day {{16}}, and the Rafah crossing opens {{seven days}} after signing.",
)

F(
    "Myanmar quake: magnitude and depth",
    "The {{7.7}} quake struck at {{12:50}} local time at a depth of {{10 km}}, {{17 km}} from Mandalay, the USGS said, the strongest since {{1912}}.",
)

F(
    "Haiti: gang leader turns 47",
    "Jimmy 'Barbecue' Chérizier, {{47}}, appeared in a video posted at {{9.15 p.m.}} on {{Saturday}}, his {{fourth}} since {{January}}, offering talks within {{72 hours}}.",
)

F(
    "India: Manipur internet shutdown extended",
    "The state government extended the internet shutdown in {{five}} valley districts by {{five days}} to {{15 September}}, the {{sixth}} extension, citing Section {{144}} orders.",
)

F(
    "Oil: Red Sea attacks lift freight rates",
    "Freight rates from Shanghai to Rotterdam rose {{173%}} to {{$4,400}} per {{40-foot}} container, and tankers are adding {{3,500 nautical miles}} by sailing round Africa.",
)

F(
    "Sudan peace talks: Jeddah round three",
    "The {{third}} round of Jeddah talks opened on {{29 October}} and lasted {{twelve days}}; the {{2023}} declaration's {{seven}} articles remain unimplemented.",
)

F(
    "Ukraine budget: defence spending 26% of GDP",
    "Ukraine's {{2025}} budget puts defence at {{26.3 percent}} of GDP, or {{2.2 trillion hryvnias}}, with {{$1.5 billion}} expected from the {{G7}} loan each month.",
)

F(
    "Mali: junta leader Goïta sworn in for five years",
    "Assimi Goïta, {{42}}, was sworn in on {{8 July}} for a {{five-year}} term, renewable from {{2030}}, in a ceremony that lasted {{two hours}}.",
)

F(
    "Colombia: Line 1 metro and Bogotá protests",
    "Bogotá's {{Line 1}} metro was {{62 percent}} complete in {{March}}, the mayor said, and the protest planned for {{Sunday}} at {{10 a.m.}} will cross Avenida {{68}}.",
)


# ---------------------------------------------------------------- at most, vague

F(
    "Libya: Derna missing after flood",
    "The Red Crescent said [[as many as 10,000 people|missing;a=The Red Crescent]] could still be missing in Derna, and that [[hundreds of bodies|killed;a=The Red Crescent]] had washed ashore; [[up to 30,000|displaced;a=IOM]] have left the city, according to IOM.",
)

F(
    "Burkina Faso: Barsalogho trench massacre",
    "JNIM fighters shot [[hundreds of villagers|killed;a=security sources]] digging defensive trenches around Barsalogho, security sources said, with one count putting the dead at [[as many as 400|killed;a=one count]]. "
    "[[Tens of thousands|displaced]] have since fled to Kaya.",
)

F(
    "Kenya: Nairobi protests, live",
    "{{14:20}} Police fire tear gas at [[several hundred protesters|other]] on Moi Avenue. "
    "{{15:05}} The Kenya Red Cross says it has treated [[twenty-nine people|injured;a=The Kenya Red Cross]], [[three of them|injured;n=-;a=The Kenya Red Cross]] with gunshot wounds. "
    "{{16:40}} Police say [[no more than 50|arrested;a=Police]] have been arrested.",
)
