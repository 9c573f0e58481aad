"""dev50 items: figures in the lede and in the last line, next to numbers that are not figures
(years, dates, times, ages, durations, percentages, money, measurements, ordinals, page and
resolution numbers, scores, phone numbers, vote counts, numbers in names), and six items with
numbers but no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Security Council extends Libya mission",
    "The Security Council adopted {{resolution 2769}} on Thursday by {{13 votes to none}}, with {{two abstentions}}, extending the mandate of the UN mission in Libya until {{31 January 2026}}. "
    "It was the council's {{fourth}} vote on Libya in {{12 months}}.",
)

F(
    "Al Ahly win derby as late goal settles it",
    "Al Ahly beat Zamalek {{2-1}} in Cairo on Friday with a goal in the {{89th minute}}, taking a {{five-point}} lead at the top of the table with {{six games}} left. "
    "The winner was the striker's {{14th}} of the season.",
)

F(
    "Sudan appeal only a fifth funded",
    "The UN's {{$4.2 billion}} appeal for Sudan for {{2025}} was {{21 per cent}} funded at the end of {{June}}, OCHA said, the lowest level at this point of the year since {{2019}}. "
    "Donors pledged {{$1.5 billion}} at a conference in London in {{April}}.",
)

F(
    "Nepal marks ten years since the Gorkha earthquake",
    "Nepal marked {{10 years}} on Friday since the {{magnitude 7.8}} earthquake of {{25 April 2015}}, with a minute's silence at {{11:56 a.m.}}, the time it struck. "
    "The rebuilt Dharahara tower, {{72 metres}} tall, was lit in white.",
)

F(
    "Cyclone warning for Odisha coast",
    "The India Meteorological Department said the cyclone would make landfall within {{48 hours}} with winds of up to {{120 km/h}}, gusting to {{140 km/h}}, and up to {{300 mm}} of rain in {{24 hours}}. "
    "It raised its warning to {{Signal 7}} at the ports of Paradip and Gopalpur.",
)

F(
    "Malawi election: incumbent concedes",
    "The electoral commission said the challenger had won {{56.1%}} of the vote, or {{2,405,311 votes}}, against {{33.0%}} for the incumbent, who conceded on {{September 24}}. "
    "Turnout was {{76 per cent}}.",
)

F(
    "Crush at stadium after derby kills 12",
    "[[Twelve people|killed;a=the health ministry]] were killed and [[at least 85|injured;a=the health ministry]] injured in a crush at an exit of the stadium in Conakry after a match that ended {{1-1}}, the health ministry said. "
    "The gates were opened only at {{10:15 p.m.}}, {{20 minutes}} after the final whistle.",
)

F(
    "Kano: 14 young men detained after clashes",
    "Police in Kano arrested [[14 young men|arrested;a=police spokesman Haruna Kiyawa;alt=Haruna Kiyawa]], {{aged 18 to 25}}, after clashes between rival groups on Sallah day, police spokesman Haruna Kiyawa said. "
    "He said [[two people|killed;a=police spokesman Haruna Kiyawa;alt=Haruna Kiyawa]] were stabbed to death and [[11 shops|housing;a=police spokesman Haruna Kiyawa;alt=Haruna Kiyawa]] burned on Kofar Mata Road.",
)

F(
    "Jammu and Kashmir: curfew after attack",
    "Authorities imposed {{Section 163}} restrictions in Kathua after militants killed [[five soldiers|killed;a=the army]] in an ambush on a patrol of the {{9th Battalion}} on Monday, the army said. "
    "Police said they had detained [[about 50 people|arrested;a=Police]] for questioning. It was the {{third}} such attack in the district this year.",
)

F(
    "Chittagong: landslides after 300 mm of rain",
    "More than {{300 mm}} of rain fell on Chittagong in {{36 hours}}, and landslides in {{Camp 10}} and {{Camp 12}} of the Rohingya settlement killed [[nine refugees|killed;a=the Refugee Relief and Repatriation Commissioner's office]], the Refugee Relief and Repatriation Commissioner's office said. "
    "[[About 4,500 people|displaced;a=the office;alt=the Refugee Relief and Repatriation Commissioner's office]] were moved to [[23 learning centres|capacity;a=the office;alt=the Refugee Relief and Repatriation Commissioner's office]], the office said.",
)

F(
    "Kidnap ransom paid in Abuja",
    "The families of [[seven residents|kidnapped;a=a relative]] of Bwari who were abducted by gunmen paid a ransom of {{N12 million}}, a relative told Reuters, but the kidnappers freed only [[four|kidnapped;a=a relative]]. "
    "[[The other three|kidnapped]] were still held on {{Day 19}} of their captivity.",
)

F(
    "Nigeria: hotline opened for relatives after boat accident",
    "[[Sixty-four passengers|killed;a=NIWA]] drowned when an overloaded boat capsized on the Niger near Mokwa, NIWA said, and [[25|other;a=NIWA]] were rescued. "
    "Relatives were asked to call {{0803 555 0199}}. "
    "The boat, a {{12-metre}} wooden canoe, was licensed to carry [[40 people|capacity]].",
)

F(
    "Airliner crash in Kazakhstan: 38 dead",
    "[[Thirty-eight people|killed;a=Kazakhstan's emergencies ministry]] were killed and [[29|other;a=Kazakhstan's emergencies ministry]] survived when an Azerbaijan Airlines {{Embraer 190}} on flight {{J2-8243}} crashed near Aktau, Kazakhstan's emergencies ministry said. "
    "[[Eleven of the survivors|injured;a=Kazakhstan's emergencies ministry]] were in intensive care, it said.",
)

F(
    "Minneapolis: page 14 of police report lists arrests",
    "A police report released on {{Tuesday, June 3}}, lists [[41 people|arrested;a=A police report]] arrested during {{three nights}} of unrest, and on {{page 14}} [[17 officers|injured;a=A police report]] injured. "
    "It puts the damage at {{$6.3 million}}.",
)

F(
    "Sahel: a quarter of the population needs aid",
    "[[About 3.4 million people|civilians;a=OCHA]] in Burkina Faso, {{one in four}} of its people, need humanitarian aid, OCHA said, and [[more than 2 million|displaced;a=OCHA]] have been forced from their homes. "
    "The UN's plan aims to reach [[2.3 million|aid;a=The UN's plan;p]] with {{$935 million}}.",
)

F(
    "Goma: displaced leave camps after M23 order",
    "{{M23}} rebels ordered the [[more than 300,000 people|displaced;a=UNHCR]] in camps around Goma to leave within {{72 hours}}, UNHCR said. "
    "[[About 110,000|returned;a=the agency;alt=UNHCR]] have gone back to their villages in Rutshuru and Masisi, the agency said, many to houses that were destroyed.",
)

F(
    "Hajj heat deaths pass 1,100",
    "[[1,174 pilgrims|killed;a=Saudi authorities]] died during the hajj, Saudi authorities said, most of them in temperatures that reached {{51.8C}}, and {{83%}} of them had no permit. "
    "Egypt said [[612|killed;a=Egypt]] of the dead were its nationals.",
)

F(
    "Kalat: buses stopped, passengers shot",
    "Gunmen on {{N-25}} near Kalat stopped a convoy of [[12 buses|other;a=the deputy commissioner]] and shot dead [[nine passengers|killed;a=the deputy commissioner]] from Punjab, the deputy commissioner said. "
    "[[About 40 gunmen|combatants;a=the deputy commissioner]] took part, he said.",
)

F(
    "Ukraine: soldiers mobilised, troops at the front",
    "Ukraine's defence ministry said [[about 27,000 men a month|combatants;a=Ukraine's defence ministry]] were being mobilised, short of the [[35,000|combatants;a=Ukraine's defence ministry;p]] needed to replace losses. "
    "The {{47th}} Mechanised Brigade, it said, had been at the front for {{18 months}}.",
)

F(
    "Cox's Bazar: fire in camp leaves thousands homeless",
    "A fire in {{Camp 5}} destroyed [[about 1,200 shelters|housing;a=the fire service]], the fire service said, leaving [[more than 7,000 refugees|displaced;a=the fire service]] without a roof, {{40 per cent}} of them children. "
    "The blaze was put out after {{three hours}}, and UNHCR handed out [[900 shelter kits|aid;a=UNHCR;n=kits]] the next day.",
)

F(
    "Ebola in Uganda: contacts and cases",
    "Uganda's health ministry said [[14 Ebola cases|other;a=Uganda's health ministry]] had been confirmed, [[four|killed;a=Uganda's health ministry]] of them fatal, and that [[265 contacts|other;a=Uganda's health ministry]] were being followed for {{21 days}}. "
    "The outbreak is of the Sudan virus, for which there is no licensed vaccine.",
)

F(
    "Wildfire near Athens forces evacuations",
    "Fire crews backed by [[25 aircraft|other;a=the fire service]] fought a blaze north of Athens as [[about 700 firefighters|other;a=the fire service]] worked on the ground, the fire service said. "
    "[[Thousands of residents|displaced]] of Varnavas and nearby suburbs were evacuated as winds reached {{70 km/h}}.",
)

F(
    "Darfur: women and children flee to Tawila",
    "[[Some 380,000 people|displaced;a=the Norwegian Refugee Council]] have reached Tawila since the attack on Zamzam camp in {{April}}, the Norwegian Refugee Council said, {{two-thirds}} of them women and children.",
)

F(
    "Ethiopia landslide: 257 bodies found",
    "Rescuers had recovered [[257 bodies|killed;a=the regional government]] by Wednesday from the landslides in Gofa zone, the regional government said, and [[about 15,000 people|displaced;a=the regional government]] had been moved from the slopes. "
    "The first slide buried a village at about {{10 a.m.}} on {{July 22}}; the {{second}} buried those who came to help.",
)

F(
    "Honduras prison: 46 women killed",
    "[[Forty-six inmates|killed;a=the prosecutor's office]] were killed in a riot at the women's prison in Támara, [[23|killed;a=the prosecutor's office]] of them burned to death and the rest shot, the prosecutor's office said. "
    "The prison held [[about 900 women|arrested]] in space meant for [[less than 600|capacity]].",
)

F(
    "Spain: migrants reach Canary Islands",
    "[[More than 1,600 migrants|displaced;a=the interior ministry]] reached the Canary Islands in [[31 boats|other;a=the interior ministry]] over the weekend, according to the interior ministry, the most in {{48 hours}} since the {{2006}} crisis. "
    "[[About 5,500 unaccompanied children|displaced;a=the regional government]] are in the islands' care, the regional government said, in centres meant for [[2,000|capacity;a=the regional government]].",
)

F(
    "Armenia: Karabakh refugees",
    "Armenia's government said [[100,480 people|displaced;a=Armenia's government]] had arrived from Nagorno-Karabakh in {{a week}}, almost the whole population of the region. "
    "[[About 4,000|displaced]] were still in hotels and dormitories paid for by the state. "
    "[[More than 21,000 vehicles|other]] crossed the Hakari bridge.",
)

F(
    "Afghanistan: returnees from Iran need shelter",
    "[[More than 30,000 Afghans|returned;a=IOM]] crossed back from Iran at Islam Qala on {{July 4}} alone, IOM said, and [[about 1,500 families|returned;a=IOM]] were waiting at the border for transport. "
    "The reception centre there was built for [[7,000 people a day|capacity]].",
)

F(
    "Port-au-Prince: hospital closed by gangs",
    "Gangs stormed the University Hospital of Haiti on Christmas Eve and killed [[two journalists|killed;a=the health ministry]] and [[one police officer|killed;a=the health ministry]] at its reopening, the health ministry said. "
    "[[Seven people|injured]] were wounded. "
    "[[Only three|other;u=structure]] of the [[30 hospitals|other]] in the capital's metropolitan area were still fully working.",
)

F(
    "Gaza: tents and food parcels distributed",
    "UNRWA said it had distributed [[12,000 tents|aid;a=UNRWA]] and [[about 80,000 food parcels|aid;a=UNRWA]] in Khan Younis in {{January}}, and that [[150 trucks|aid;a=UNRWA]] were waiting at Kerem Shalom. "
    "[[About 4,000 children|aid]] received winter clothes.",
)

F(
    "Sierra Leone mudslide: toll and missing",
    "[[At least 141 people|killed;a=the National Disaster Management Agency]] were killed and [[about 600|missing;a=the National Disaster Management Agency]] were missing after a mudslide hit Regent in Freetown, the National Disaster Management Agency said. "
    "[[About 3,000 people|displaced]] lost their homes. "
    "The last body was found {{four days}} later, {{3 km}} downstream.",
)
