"""dev72 items: India (Manipur's ethnic violence, Kashmir, the Maoist belt of Chhattisgarh)."""

from figset import F

F(
    "Manipur police update toll of ethnic violence",
    "[[175 people|killed;a=Manipur Police]] have been killed and "
    "[[1,108|injured;n=-;a=Manipur Police]] injured since ethnic violence broke out on "
    "{{May 3}}, Manipur Police said, while [[32|missing;n=-;a=Manipur Police]] remain missing. "
    "Mobs torched [[4,786 houses|housing;a=the police;alt=Manipur Police]] and "
    "[[386 religious structures|housing;a=the police;alt=Manipur Police]], the police said.",
)

F(
    "Nearly 60,000 in Manipur relief camps, Assembly told",
    "[[Nearly 60,000 people|displaced;a=Chief Minister Biren Singh]] displaced by the violence "
    "are living in [[349 relief camps|capacity;a=Chief Minister Biren Singh]] across the "
    "state, Chief Minister Biren Singh told the Assembly. He said "
    "[[about 3,000 prefabricated homes|capacity;p;a=Chief Minister Biren Singh]] for the "
    "displaced would be ready before the monsoon.",
)

F(
    "Most looted police weapons still missing",
    "Mobs looted [[more than 4,000 weapons|other;a=officials]] and "
    "[[over 5 lakh rounds of ammunition|other;v=500000;n=rounds;a=officials]] from police "
    "armouries in Imphal and elsewhere in the {{first}} weeks of the violence, officials said. "
    "Only [[about 1,500|other;n=-;u=other]] of the weapons have been recovered.",
)

F(
    "Over 1,000 firearms surrendered after governor's appeal",
    "[[More than 1,000 firearms|other;a=police]] were surrendered across Manipur in the "
    "{{two weeks}} after Governor Ajay Kumar Bhalla's appeal, police said. The Meitei group "
    "Arambai Tenggol alone handed in [[246 weapons|other]] on {{February 27}}, a day before a "
    "{{seven-day}} amnesty ran out.",
)

F(
    "Bodies of abducted family found in Jiri river",
    "The bodies of [[six members|killed;a=police]] of a Meitei family, "
    "[[three women|killed;a=police]] and [[three children|killed;a=police]], were found in the "
    "Jiri river days after they were abducted from a relief camp in Jiribam, police said. "
    "Security forces had earlier killed [[10 suspected Kuki-Zo militants|killed]] who attacked "
    "a police station nearby. The Centre rushed "
    "[[another 50 companies|combatants;u=other;a=officials]] of central forces to the state, "
    "bringing the total to [[288|combatants;n=-;u=other;a=officials]], officials said.",
)

F(
    "Churches and temples attacked in Manipur violence",
    "[[More than 250 churches|housing;a=the Indigenous Tribal Leaders' Forum]] were burned in "
    "the {{first two months}} of the violence, the Indigenous Tribal Leaders' Forum said, "
    "while Meitei groups said [[dozens of temples|housing;u=structure;a=Meitei groups]] had "
    "been attacked in the hill districts.",
)

F(
    "Some displaced Manipur families go home to the foothills",
    "[[Around 3,000 displaced people|returned;a=the state government]] have gone back to their "
    "villages in the foothills, the state government said, and it plans to resettle "
    "[[about 2,000 more|returned;p;n=-;a=the state government]] before the sowing season. "
    "[[Some 57,000|displaced;n=-]] remain in relief camps.",
)

F(
    "Three militants killed in Shopian encounter",
    "[[Three militants|killed;a=police]] were killed in an encounter with security forces in "
    "Shopian on Tuesday, police said, and [[two soldiers|injured;a=police]] of the army's "
    "{{34 Rashtriya Rifles}} were injured. Security forces have killed "
    "[[more than 70 militants|killed;a=police]] in Jammu and Kashmir this year, police said.",
)

F(
    "Gunmen kill tourists at Pahalgam meadow",
    "Gunmen killed [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] tourists, "
    "at a meadow near Pahalgam on {{April 22}}, police said. [[At least 17|injured;n=-]] "
    "others were wounded. It was the deadliest attack on civilians in Kashmir since {{2000}}.",
)

F(
    "Police chief gives year-end militancy figures",
    "Security forces killed [[186 militants|killed;a=police chief Dilbag Singh]] in Jammu and "
    "Kashmir in {{2022}}, [[56|killed;n=-;a=police chief Dilbag Singh]] of them foreigners, "
    "police chief Dilbag Singh said on {{December 31}}. He said "
    "[[fewer than 100 militants|combatants;a=police chief Dilbag Singh]] remain active. "
    "[[Thirty civilians|killed]] and [[14 security personnel|killed]] were killed in militant "
    "attacks during the year.",
)

F(
    "Thousands detained in Kashmir after special status scrapped",
    "[[About 4,000 people|arrested;a=government sources]] have been detained in Kashmir since "
    "the revocation of {{Article 370}}, government sources said, many of them flown to jails "
    "outside the region. [[More than 400 politicians|arrested]], among them "
    "[[three former chief ministers|arrested]], are under house arrest. Orders under "
    "{{Section 144}} remain in force in Srinagar.",
)

F(
    "Shelling along Line of Control empties border villages",
    "Pakistani shelling along the Line of Control killed [[12 civilians|killed;a=officials]] "
    "in Poonch district, officials said, and [[hundreds of families|displaced;a=officials]] "
    "fled border villages in Uri and Kupwara. [[1,200 to 1,500 people|displaced]] are staying "
    "in [[17 schools|capacity]] turned into shelters in Baramulla.",
)

F(
    "Thirty-one Maoists killed in Bijapur gunfight",
    "Security forces killed [[31 Maoists|killed;a=Bastar police chief Sundarraj P]] in a "
    "day-long gunfight in the forests of Bijapur, Bastar police chief Sundarraj P said, and "
    "[[two jawans|killed;a=Bastar police chief Sundarraj P]] were also killed. The dead "
    "Maoists carried rewards totalling {{1.10 crore rupees}}, he said.",
)

F(
    "Fifty Maoists surrender in Bijapur",
    "[[Fifty Maoists|combatants;a=police]] surrendered in Bijapur on Sunday, police said, "
    "[[14 of them|combatants;n=-;a=police]] carrying bounties totalling {{68 lakh rupees}}. "
    "[[More than 790 Maoists|combatants;a=the state government]] have surrendered in "
    "Chhattisgarh this year, the state government says.",
)

F(
    "IED kills nine in Bijapur",
    "An IED ripped through a vehicle carrying security personnel in Bijapur on {{January 6}}, "
    "killing [[nine people|killed;a=officials]], [[eight of them|killed;n=-;a=officials]] "
    "District Reserve Guard jawans, officials said. The blast left a crater {{10 feet}} deep.",
)

F(
    "President's Rule imposed in Manipur",
    "President's Rule was imposed in Manipur on {{February 13}} under {{Article 356}}, "
    "{{four days}} after Biren Singh resigned as chief minister, ending {{21 months}} of "
    "government during the crisis. Prohibitory orders under {{Section 163}} of the new "
    "criminal code, which replaced {{Section 144}}, stay in place in Imphal West.",
)

F(
    "Pandit employees leave the valley after killings",
    "[[Several hundred Kashmiri Pandit employees|displaced;a=the Kashmiri Pandit Sangharsh "
    "Samiti]] have left the valley for Jammu since militants shot dead "
    "[[two Pandit workers|killed;a=the Kashmiri Pandit Sangharsh Samiti]] in May, the Kashmiri "
    "Pandit Sangharsh Samiti said. [[About 1.5 lakh Pandits|displaced;v=150000]] fled Kashmir "
    "when the insurgency began in {{1990}}.",
)

F(
    "Three men shot dead in Bishnupur, houses burned",
    "[[Three Meitei men|killed;a=police]] were shot dead in Kwakta in Bishnupur district early "
    "on Saturday, police said, and [[at least 16 houses|housing;a=police]] were set on fire in "
    "a nearby Kuki village hours later. The curfew in the valley districts was tightened, with "
    "relaxation cut to {{5 am}} to {{10 am}}.",
)

F(
    "Bomb kills children a day after Dangri shooting",
    "Gunmen killed [[four Hindu villagers|killed;a=police]] in Dangri, Rajouri, on "
    "{{January 1}}, police said, and a bomb planted near a house killed "
    "[[two children|killed;a=police]] the next morning. [[Another nine|injured;n=-]] were "
    "wounded in the attacks.",
)

F(
    "Mizoram seeks funds for those fleeing Manipur",
    "[[More than 12,000 people|displaced;a=Mizoram officials]] from Manipur have taken shelter "
    "in Mizoram, Mizoram officials said, most of them Kuki-Zo families with relatives in the "
    "state. The state has asked the Centre for {{10 crore rupees}} in relief.",
)

F(
    "Home ministry sums up the year against the Maoists",
    "Security forces killed [[287 Maoists|killed;a=the home ministry]] in {{2024}}, the home "
    "ministry said, while [[837|combatants;n=-;a=the home ministry]] surrendered and "
    "[[812|arrested;n=-;a=the home ministry]] were arrested. The government has set a deadline "
    "of {{March 31, 2026}} to end the insurgency.",
)

F(
    "Rice, blankets and doctors sent to Manipur relief camps",
    "The state government has sent [[about 40 trucks|aid;a=officials]] of rice, pulses and "
    "cooking oil to relief camps in Churachandpur and Kangpokpi, officials said, along with "
    "[[12,000 blankets|aid;a=officials]] and [[1,500 tarpaulins|aid;a=officials]]. "
    "[[Two dozen doctors|other]] from Imphal have been posted to the camps.",
)
