"""dev444 positives, world pages: the world's wars with Bangladeshis caught in them (Ukraine,
Lebanon, Iran, Libya, Sudan, the Central African Republic, Gaza, Myanmar's Rakhine). Labels
follow eval/README.md (section 1) and the decisions in eval/dev444/README.md.

POSITIVES = [(title, text, tag codes, kind), ...]
"""


def _c(s: str) -> str:
    """One line, single spaces: the texts are wrapped here for reading only."""
    return " ".join(s.split())


POSITIVES = [
    (
        "Bangladeshi ship hit by missile at Ukraine's Olvia port; third engineer killed, 28 crew "
        "shelter below deck",
        _c("""
A Bangladeshi-flagged cargo ship stranded at Ukraine's Olvia port since the Russian invasion
began was hit by a missile yesterday, killing its third engineer, the Bangladesh Shipping
Corporation said. The vessel, Banglar Samriddhi, was hit on the bridge around 5:15pm Bangladesh
time, setting part of the superstructure on fire, BSC officials said. The engineer, a 32-year-old
from Barguna, was killed on the spot, the ship's chief officer told the company over a satellite
phone. The remaining 28 crew members are safe and have taken shelter in the engine room, the
officials said. The ship had arrived at Olvia near Mykolaiv on February 23 to load cargo for
Italy and could not leave after Ukraine closed its ports when the war began. Fighting has
intensified around Mykolaiv over the past week, with Russian forces shelling the city and the
port area. The foreign ministry said it was working with the embassy in Warsaw and the Ukrainian
authorities to take the crew out by road to Moldova or Romania. Families of the crew gathered at
the BSC office in Chattogram, demanding their quick return.
"""),
        "E D",
        "missile strike",
    ),
    (
        "Bangladeshi students flee Kharkiv under shelling; over 700 cross into Poland, Romania "
        "and Hungary",
        _c("""
More than 700 Bangladeshis, most of them students, have crossed from Ukraine into Poland, Romania
and Hungary since the Russian invasion began last week, the foreign ministry said yesterday, while
around 150 remain trapped in Kharkiv and Sumy under heavy shelling. Students in Kharkiv said they
had spent five nights in the basement of their dormitory as rockets and artillery shells hit
residential areas of the city, and that food and water were running out. A group of 43 students
walked nearly 20 kilometres to the railway station on Tuesday and boarded an evacuation train to
Lviv, one of them told The Daily Star over the phone. At the Polish border crossing of Medyka,
Bangladeshis said they had waited up to 30 hours in freezing cold, and some complained that
foreigners were pushed to the back of the queues. The embassy in Warsaw has set up a camp near the
border and arranged hotel rooms in Rzeszow for those who crossed. The foreign minister said the
government would bring back anyone who wanted to return, and the first group of 28 is expected in
Dhaka on Saturday. Families in Dhaka, Sylhet and Noakhali said they had not been able to reach
their children in Sumy for two days.
"""),
        "E D",
        "displacement",
    ),
    (
        "Narail man lured to Russia for a job killed on Ukraine front, family told over WhatsApp",
        _c("""
A young man from Narail who went to Russia on a job offer and was forced to join the Russian army
has been killed in fighting in eastern Ukraine, his family said yesterday. The 27-year-old had
gone to Moscow in January through a Dhaka agency that promised him work as a cleaner at a
military base for Tk 2 lakh a month, his father said. After a two-week training, he and five
other Bangladeshis were sent to the front near Pokrovsk, where his unit was ordered to attack
Ukrainian positions, a fellow Bangladeshi in the unit told the family over WhatsApp. He was
killed on March 12 when Ukrainian drones struck his group during an assault on a village, the
friend said. The family has not received the body or any official notice, and the agency's office
in Paltan has been locked for a week. Police said they had arrested two people linked to the
agency, which is accused of sending at least 40 Bangladeshis to fight for Russia. At least ten
Bangladeshis recruited this way have been killed, according to families and migrant rights
groups. The foreign ministry said it had asked Moscow for information about Bangladeshis serving
in the Russian army.
"""),
        "B E",
        "battle",
    ),
    (
        "Bangladeshi expatriate killed in Israeli strike south of Beirut; 1,800 register to "
        "return home",
        _c("""
A Bangladeshi migrant worker was killed and two others were injured when an Israeli air strike
hit a building in Beirut's southern suburbs on Tuesday night, the Bangladesh embassy in Beirut
said. The 34-year-old from Cumilla's Debidwar worked at a supermarket and lived with six other
Bangladeshis in a flat on the ground floor of the building, his roommates said. The two injured
were being treated at a Beirut hospital, the embassy's labour counsellor said. Israeli jets have
carried out dozens of strikes on the southern suburbs and on towns in southern Lebanon over the
past two weeks, and more than a million people have fled their homes, according to the Lebanese
government. Around 1,800 of the estimated 80,000 Bangladeshis in Lebanon have registered with the
embassy to go home, and the first special flight carrying 98 returnees landed in Dhaka
yesterday. Many of those who registered had lost their jobs or had to leave homes in the south,
the embassy said. The government will bear the cost of the flights and give each returnee Tk
5,000 at the airport, the expatriates' welfare ministry said.
"""),
        "E D",
        "air strike",
    ),
    (
        "Bangladeshis in Tehran shelter in basements as Israeli strikes continue; embassy plans "
        "road evacuation",
        _c("""
Bangladeshis in Tehran are spending nights in basements and underground car parks as Israeli air
strikes on the Iranian capital entered a fifth day, and the embassy said yesterday it was
preparing to move them out by road. A house used by embassy staff in northern Tehran was damaged
in a strike on a nearby building on Sunday, though no one was hurt, the foreign ministry said.
Around 400 Bangladeshis, including students, engineers and their families, have contacted the
embassy asking to leave, out of roughly 2,000 living in Iran. The embassy plans to take the first
group by bus to the Turkmenistan border, from where they will be flown home, the foreign adviser
told reporters in Dhaka. A student at the University of Tehran said explosions shook his hostel
every night and that the campus had been emptied. Fuel shortages and long queues at petrol
stations have made it difficult to leave the city, Bangladeshis there said. Iran has fired
hundreds of missiles at Israel in response to the strikes, which began with attacks on its
nuclear and military sites.
"""),
        "E D",
        "air strike",
    ),
    (
        "Six Bangladeshi peacekeepers killed, eight wounded in drone attack on UN base in Sudan's "
        "Kadugli",
        _c("""
Six Bangladeshi peacekeepers were killed and eight others wounded when drones struck a UN
logistics base in Kadugli, the capital of Sudan's South Kordofan state, on Saturday afternoon,
the Inter-Services Public Relations Directorate said. The soldiers belonged to a Bangladesh
Army contingent serving with the UN Interim Security Force for Abyei, which uses the base to
supply its troops, the ISPR said. At least three drones hit the base, one of them striking a
barrack where soldiers were resting after duty, a UN official told AFP. The wounded were taken to
a UN hospital in Abyei, and two of them are in critical condition. The UN secretary-general
condemned the attack and said attacks on peacekeepers may constitute war crimes. Kadugli has
been under siege by the Rapid Support Forces and an allied armed group for months, and drone
strikes on the town have increased as the war between the RSF and the Sudanese army spreads to
Kordofan. The chief adviser expressed deep shock and said the bodies would be brought home with
full state honours. Bangladesh has nearly 6,000 troops serving in UN missions around the world.
"""),
        "E",
        "drone strike",
    ),
    (
        "Bangladeshi peacekeeper killed, two hurt as UN convoy ambushed in Central African Republic",
        _c("""
A Bangladeshi peacekeeper was killed and two others were injured when armed men ambushed a UN
convoy in the west of the Central African Republic on Wednesday, the ISPR said yesterday. The
soldiers were part of a Bangladesh Army battalion serving with MINUSCA and were escorting
supply trucks on the road between Bouar and Bocaranga when gunmen opened fire from the bush,
the UN mission said. The peacekeepers returned fire and a gunfight lasted around 40 minutes
before the attackers withdrew, the mission said, adding that one attacker was killed. The
convoy was attacked by fighters of the 3R armed group, which is active in the area, according
to the mission. The dead soldier, a lance corporal from Gaibandha, had joined the mission in
April. The two injured were flown to a hospital in Bangui and are out of danger. MINUSCA's head
condemned the attack, and Bangladesh's foreign ministry asked the CAR government to bring those
responsible to justice.
"""),
        "B",
        "ambush",
    ),
    (
        "Air force plane carries 50 tonnes of food, medicine for Gaza to El Arish as famine "
        "warnings grow",
        _c("""
A Bangladesh Air Force transport plane carrying 50 tonnes of food, medicine and hygiene kits for
Gaza landed at Egypt's El Arish airport yesterday, the foreign ministry said. The cargo, which
includes dates, dry food, baby formula and surgical supplies, will be handed over to the Egyptian
Red Crescent to be taken into Gaza through the Rafah crossing when trucks are allowed in. Aid
agencies say hundreds of trucks are waiting at the crossing while Israel restricts entry, and UN
agencies have warned that famine is spreading in northern Gaza. Israeli strikes killed at least
62 people across the Gaza Strip on Tuesday, the health ministry in Gaza said. Most hospitals in the territory are out of service,
and those still open are short of fuel and anaesthetics, according to the World Health
Organization. The shipment is Bangladesh's third to Gaza since the war began, the ministry said.
The air force crew will return via Cairo on Friday.
"""),
        "H E",
        "humanitarian",
    ),
    (
        "Bangladeshi workers trapped as militias fight in Tripoli streets; embassy moves 160 to "
        "safe shelter",
        _c("""
Bangladeshi workers in Tripoli have been trapped in their homes and workplaces for three days as
rival armed groups fight in the streets of the Libyan capital, and the Bangladesh embassy said
yesterday it had moved 160 of them to a safer area. The fighting between militias allied to the
Tripoli government and a rival armed group broke out on Monday night after the killing of a
militia leader, and heavy gunfire and explosions have been heard in several districts. At least
two Bangladeshis were injured by stray bullets in the Abu Salim area, the embassy's labour wing
said. The embassy rented a building in Janzour, west of the city centre, and moved workers there
from neighbourhoods near the fighting. Many Bangladeshis working in construction and cleaning
have not been paid for months and cannot afford to leave, a community leader said over the phone.
The UN mission in Libya called for an immediate ceasefire and said civilians, including migrants,
were caught in the crossfire. The expatriates' welfare ministry said it was ready to bring back
those who wanted to return.
"""),
        "B D",
        "battle",
    ),
    (
        "Myanmar junta jet bombs Rakhine market; wounded Rohingya brought across Naf for treatment",
        _c("""
A Myanmar military jet bombed a crowded market in a Rohingya village in Rakhine's Buthidaung
township on Friday, killing at least 30 people, and dozens of the wounded have been brought
across the Naf river for treatment in Teknaf, refugee leaders and doctors said. The market was
full of people buying food before the weekly prayers when two bombs hit it around 11:00am,
survivors told The Daily Star at the hospital. Relatives carried the wounded to the riverbank
and paid boatmen to bring them to Bangladesh, as there is no working hospital in the area, they
said. Doctors at an aid agency's hospital in Teknaf said they had received 46 wounded people,
among them 17 children, and that most had burn and shrapnel wounds. The hospital's 50 beds are
full, and patients are being treated on the floor and in tents, a doctor said. The junta has
stepped up air strikes in Rakhine since losing most of the state to the Arakan Army. BGB said
it had allowed the wounded in on humanitarian grounds and would send them back after treatment.
"""),
        "E V D H",
        "air strike",
    ),
]
