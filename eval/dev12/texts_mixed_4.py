"""dev12 texts: mixed, part 4.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- mixed, part 4
    (
        "Sudan: Gedaref camps receive families from Sennar",
        "[[Up to 2,000 people a day|displaced;a=the state's humanitarian aid commission]] are arriving in Gedaref from Sennar, the state's humanitarian aid commission said. "
        "The state has [[155 gathering sites|capacity]]. "
        "[[Another 12,000|displaced]] were counted on the road at Al Fao.",
    ),
    (
        "Sudan: El Geneina survivors describe killings",
        "[[More than 1,000 people|killed;a=Human Rights Watch]] were killed in El Geneina in {{June 2023}}, Human Rights Watch said in a report, and [[tens of thousands|displaced;a=Human Rights Watch]] fled to Chad. "
        "The Ardamata camp, home to [[about 30,000 displaced Masalit|displaced]], was razed in {{November}}.",
    ),
    (
        "Chad: Arkoum refugees receive water trucks",
        "Oxfam is trucking [[1.2 million litres|aid;a=Oxfam]] of water a day to Arkoum camp, Oxfam said, which shelters [[some 46,000 refugees|displaced;a=Oxfam]]. "
        "[[Eighty-five boreholes|aid;p]] are needed to replace the trucks.",
    ),
    (
        "South Sudan: Bentiu flood camp grows",
        "The Bentiu displacement camp, surrounded by dykes, now shelters [[about 140,000 people|displaced;a=IOM]], IOM said. "
        "[[Some 4,000 newcomers|displaced]] arrived from Rubkona in {{October}}, and [[1,400 emergency shelters|aid]] were distributed to them.",
    ),
    (
        "Ethiopia: Tigray returnees to Western Tigray blocked",
        "[[About 700,000 people|displaced;a=the Tigray interim administration]] displaced from Western Tigray cannot return because Amhara forces still control the area, the Tigray interim administration said. "
        "A pilot return of [[5,000 households|returned;p;a=the administration;alt=the Tigray interim administration]] to Tselemti is planned for next month, the administration said.",
    ),
    (
        "Somalia: Galkayo clashes divide city",
        "Fighting between Puntland and Galmudug forces in Galkayo displaced [[an estimated 90,000 people|displaced;a=the UN humanitarian coordinator]] in {{December 2015}}, the UN humanitarian coordinator said. "
        "[[At least 20|killed]] were killed and [[over 100|injured]] wounded. "
        "Schools serving [[about 5,000 children|civilians]] closed.",
    ),
    (
        "DRC: Kalehe displaced in Minova",
        "[[More than 100,000 people|displaced;a=the provincial civil protection]] have fled to Minova from the highlands of Kalehe, the provincial civil protection said. "
        "[[Twenty-three schools|capacity]] have been turned into shelters, and the Red Cross has recorded [[14 deaths|killed;a=the Red Cross]] from cholera, according to the Red Cross.",
    ),
    (
        "Myanmar: Karenni displaced in Loikaw forests",
        "[[About 150,000 people|displaced;a=the Karenni Civil Society Network]] from Loikaw and Demoso are sheltering in forests and [[more than 200 camps|capacity;a=the Karenni Civil Society Network]], the Karenni Civil Society Network said. "
        "[[At least 3,000 houses|housing;a=the network;alt=the Karenni Civil Society Network]] in Loikaw were damaged by shelling, the network said.",
    ),
    (
        "Afghanistan: Kabul informal settlements swell",
        "[[Over 60 informal settlements|capacity;u=other;n=settlements;a=the IOM]] around Kabul now house [[about 50,000 returnees and displaced people|displaced;n=returnees and displaced people;a=the IOM]], the IOM said. "
        "[[Three children|killed]] died of cold in one settlement in {{January}}.",
    ),
    (
        "Pakistan: Afghan refugees leave Karachi ahead of deadline",
        "[[More than 30,000 Afghans|returned;a=Sindh police]] have left Karachi for Afghanistan since the government's {{November 1}} deadline, Sindh police said, and [[1,700 others|arrested;a=Sindh police]] have been held at holding centres. "
        "[[Around 1.3 million registered refugees|displaced]] remain in Pakistan.",
    ),
    (
        "Lebanon: collective shelters in Tyre empty as ceasefire holds",
        "Tyre's [[38 collective shelters|capacity;a=the Tyre disaster management unit]] housed [[about 18,000 people|displaced;a=the Tyre disaster management unit]] at the peak of the war, the Tyre disaster management unit said. "
        "By {{Friday}}, [[fewer than 900|displaced]] remained, mostly families whose homes in border villages were destroyed.",
    ),
    (
        "Syria: Idlib camp fires destroy tents",
        "Fires destroyed [[112 tents|capacity;a=the Response Coordinators group]] in camps near Atmeh in {{February}}, the Response Coordinators group said. "
        "[[Two people|killed]] died and [[nine|injured]] were burned. "
        "[[Some 1.7 million people|displaced]] live in tents in northwest Syria.",
    ),
    (
        "Yemen: Aden receives displaced from Hodeidah",
        "[[About 6,500 families|displaced;a=the IOM]] fleeing the fighting around Hodeidah have reached Aden since {{June}}, the IOM said. "
        "They are staying in [[52 public buildings|capacity]] and with host families, and [[around 1,800 households|aid]] have received cash assistance.",
    ),
    (
        "Haiti: Cap-Haitien receives displaced from Port-au-Prince",
        "[[More than 115,000 people|displaced;a=the IOM]] left Port-au-Prince for provinces in the south and north between {{March}} and {{May}}, the IOM said, many on buses through gang checkpoints. "
        "{{About 70 percent}} are staying with host families, and [[over 25,000|displaced]] have arrived in Cap-Haitien alone.",
    ),
    (
        "Mozambique: attack on Mocimboa da Praia returnees",
        "Insurgents killed [[six returnees|killed;a=the district administrator]] who had gone back to farm near Mocimboa da Praia, the district administrator said. "
        "[[Some 200 families|displaced]] fled again to the town. "
        "[[About 1,500 soldiers|combatants;a=Rwanda's defence force]] from Rwanda are deployed in the district, according to Rwanda's defence force.",
    ),
    (
        "Colombia: Cauca Indigenous families displaced to Popayan",
        "[[About 600 Indigenous people|displaced;a=the Regional Indigenous Council of Cauca]] have been sheltering in a coliseum in Popayan for {{two months}} after fighting in Argelia, the Regional Indigenous Council of Cauca said. "
        "The government promised housing for [[120 families|aid;p;a=the government]], the government said.",
    ),
    (
        "Chad: Sudanese crossing at Tine rises after El Fasher falls",
        "Border monitors counted [[more than 7,000 crossings|displaced;u=person;a=Border monitors]] at Tine in the {{10 days}} after El Fasher fell, Border monitors said. "
        "[[Thousands more|displaced;p;n=-]] are expected, and UNHCR is preparing a site for [[20,000 people|capacity;p]].",
    ),
    (
        "Sudan: Abu Shouk camp residents flee to Tawila",
        "[[Between 3,000 and 4,000 families|displaced;a=camp coordinators]] have fled Abu Shouk camp north of El Fasher for Tawila since RSF shelling intensified, camp coordinators said. "
        "[[No more than 20,000 people|civilians;a=the coordinators;alt=camp coordinators]] are thought to remain in the camp, the coordinators said, which once held [[about 450,000|displaced;a=the coordinators;alt=camp coordinators]].",
    ),
    (
        "Somalia: Dollow reception centre for returnees from Kenya",
        "UNHCR expects [[up to 10,000 Somali refugees|returned;p;a=UNHCR]] to return from Dadaab through the Dollow reception centre this year. "
        "The centre can process [[500 people a day|capacity]]. "
        "[[Some 1,600|returned;a=local officials]] have come back since {{January}}, local officials said, most by road in [[12 convoys|other;u=other]].",
    ),
    (
        "Ukraine: Odesa shelters receive families from Mykolaiv",
        "[[Around 200 to 300 people|displaced;a=city volunteers]] from Mykolaiv arrive at Odesa's railway station every day, city volunteers said. "
        "The city's [[21 shelters|capacity]] have [[fewer than 400 free beds|capacity]], and volunteers hand out [[about 1,000 food parcels|aid]] a week.",
    ),
    (
        "Yemen: Marib camp fire kills children",
        "A fire in the Al-Jufainah camp, the largest in Marib with [[more than 10,000 families|displaced]], killed [[three children|killed;a=the camp administration]] and destroyed [[45 tents|capacity;a=the camp administration]], the camp administration said. "
        "[[About 270 people|aid]] received emergency kits the next day.",
    ),
    (
        "DRC: Kinshasa-bound Kwamouth displaced",
        "Clashes between Teke and Yaka communities in Kwamouth have displaced [[as many as 150,000 people|displaced;a=the provincial governor]], the provincial governor said. "
        "[[About 7,000|displaced]] have reached the outskirts of Kinshasa, where [[four schools|capacity]] serve as shelters. "
        "[[More than 60 villages|other;a=local chiefs]] have been burned, local chiefs said.",
    ),
]
