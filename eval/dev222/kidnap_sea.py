"""Items of dev222: the sea and the waterways (Somali piracy and the navies that fight it, crew
kidnappings in the Gulf of Guinea, the Niger Delta creeks, Lake Chad and the Calabar-Oron
route, the courts that try pirates, and the insurance market)."""

from _wrap import item

item(
    "Somali pirates release Bangladeshi ship and 23 crew",
    """
Somali pirates have released the Bangladesh-flagged bulk carrier MV Abdullah and its [[23 crew
members|kidnapped;a=KSRM Group]] after holding them for {{32 days}}, the ship's owner, KSRM Group,
said on Sunday. The vessel was seized on {{March 12}} about {{600 nautical miles}} off the Somali
coast while carrying coal from Mozambique to the United Arab Emirates. A company spokesman
declined to say whether a ransom had been paid. Police in Puntland said [[some 65
pirates|combatants;a=Police in Puntland]] had been aboard and that [[eight
suspects|arrested;a=Police in Puntland]] were arrested after the gang came ashore. Days earlier,
Indian commandos retook the Malta-flagged MV Ruen, freeing [[17 crew members|kidnapped;a=the
Indian Navy]] and detaining [[35 pirates|arrested;a=the Indian Navy]], the Indian Navy said. The
International Maritime Bureau recorded [[33 incidents|other;u=other;a=The International Maritime
Bureau]] off Somalia in {{2024}}.
""",
)

item(
    "Pirates kill one sailor, kidnap 15 from container ship off São Tomé",
    """
Pirates boarded the Liberian-flagged container ship Mozart about {{100 nautical miles}} northwest
of São Tomé on Saturday, killed [[one sailor|killed;a=Turkey's maritime directorate]] and
kidnapped [[15 others|kidnapped;a=Turkey's maritime directorate]], Turkey's maritime directorate
said. The dead man was an Azerbaijani engineer. [[Three crew members|other]] left aboard sailed the
damaged ship to Port-Gentil, in Gabon. The ship's master told investigators that [[eight
pirates|combatants;a=The ship's master]] had broken into the citadel, where the crew had locked
themselves, within {{six hours}}. The sailors were freed in Nigeria's Niger Delta {{three weeks}}
later after a ransom was paid, their employer said. The IMB said [[130 seafarers|kidnapped;a=The
IMB]] were kidnapped in the Gulf of Guinea in {{2020}}, or {{95%}} of crew kidnappings
worldwide.
""",
)

item(
    "Fishermen kidnapped off Bakassi as gangs prey on Cameroon's creeks",
    """
Gunmen in speedboats kidnapped [[nine fishermen|kidnapped;a=the Cameroonian navy]] and [[two
traders|kidnapped;a=the Cameroonian navy]] off the Bakassi peninsula in southwest Cameroon on
Tuesday, the Cameroonian navy said. A navy officer said [[four|kidnapped;a=A navy officer]] had
been freed in a raid on a camp in the mangrove creeks, in which [[three attackers|killed;a=A navy
officer]] were killed. Fishing communities in Idabato say [[between 40 and 50
fishermen|kidnapped;a=Fishing communities in Idabato]] have been abducted since January, and that
[[at least 300 families|displaced;a=Fishing communities in Idabato]] have moved to Ekondo-Titi on
the mainland. The kidnappers usually demand ransoms of {{1 million CFA francs}} or more per
captive. Idabato is home to [[some 30,000 people|civilians]], most of them Nigerian fishermen and
their families.
""",
)

item(
    "Pirates take six sailors ashore from hijacked Danish-operated tanker",
    """
Pirates who hijacked the tanker Monjasa Reformer off the coast of Congo-Brazzaville took [[six
crew members|kidnapped;a=Danish shipping company Monjasa]] ashore in Nigeria when they abandoned
the vessel, Danish shipping company Monjasa said on Monday. [[The other 10
sailors|kidnapped]] were found unharmed aboard by a French navy patrol {{five days}} after the
hijacking. The company said [[the six|kidnapped;a=The company;alt=Monjasa]] were released {{five
weeks}} later, without giving details. Under its Deep Blue project, Nigeria has deployed [[two
special mission vessels|other;u=other]], [[17 fast interceptor boats|other]] and [[600 specially
trained troops|combatants]] to patrol its waters. Nigeria's navy says it will add [[four more
patrol boats|other;p;a=Nigeria's navy]] next year.
""",
)

item(
    "Somali piracy resurges as navies focus on the Red Sea",
    """
Somali pirates attacked or hijacked [[at least 25 vessels|other;u=other;a=EUNAVFOR Atalanta]]
between {{November 2023}} and {{April 2024}}, according to EUNAVFOR Atalanta, the European
Union's naval force. The force said [[some 50 fishermen|kidnapped;a=The force;alt=EUNAVFOR
Atalanta]], most of them Yemeni and Iranian, had been held hostage on dhows used as mother ships.
The Indian Navy said it had rescued [[110 crew members|kidnapped;a=The Indian Navy]] from hijacked
vessels in the Arabian Sea. The Puntland Maritime Police Force said it had arrested [[26 suspected
pirates|arrested;a=The Puntland Maritime Police Force]] in raids on coastal hideouts near Eyl and
Garacad. At the height of the crisis in {{2011}}, Somali pirates held [[736 hostages|kidnapped;a=the
IMB]], according to the IMB.
""",
)

item(
    "Gunmen kidnap oil workers from houseboat in Bayelsa creeks",
    """
Gunmen in [[four speedboats|other;u=other;a=police]] attacked a houseboat used by an oil services
contractor in the creeks of Bayelsa state and kidnapped [[seven workers|kidnapped;a=police]],
including [[three foreigners|kidnapped;a=police]], police said on Wednesday. [[Two naval
ratings|killed]] guarding the houseboat were killed in an exchange of fire. A spokesman for the
military's Joint Task Force, Operation Delta Safe, said [[about 40 special forces
personnel|combatants;a=A spokesman for the military's Joint Task Force]] had been deployed to
search the creeks. The Ijaw Youth Council said [[as many as 20 oil workers|kidnapped;a=The Ijaw
Youth Council]] had been abducted in the state this year. Kidnappers in the Delta have demanded up
to {{$1 million}} for foreign staff.
""",
)

item(
    "Gulf of Guinea crew kidnappings fall, IMB says",
    """
Pirates kidnapped [[14 crew members|kidnapped;a=the International Maritime Bureau]] in the Gulf of
Guinea in {{2023}}, down from [[130|kidnapped;a=the International Maritime Bureau]] in {{2020}},
the International Maritime Bureau (IMB) said in its annual report. The bureau recorded [[22
incidents|other;u=other;a=The bureau;alt=International Maritime Bureau]] in the region. Worldwide,
it said, [[73 crew|kidnapped;a=International Maritime Bureau]] were taken hostage, [[10|injured;a=International
Maritime Bureau]] injured and [[one crew member|killed;a=International Maritime Bureau]] killed.
IMB director Michael Howlett said regional navies had made a difference but warned that the
threat remained. Ghana's navy said it would take delivery of [[four patrol boats|other;p;a=Ghana's
navy]] next year.
""",
)

item(
    "Pirates free Chinese fishing boat and 18 crew after two months",
    """
Somali pirates released the Chinese fishing vessel {{Liao Dong Yu 578}} and its [[18 crew
members|kidnapped;a=Puntland officials]] on Tuesday, {{two months}} after seizing it off the coast
of Puntland, Puntland officials said. Officials said a ransom of {{$2 million}} had been paid.
Puntland's maritime police said [[as many as 30 pirates|combatants;a=Puntland's maritime police]] had
held the vessel near Eyl. Local elders said [[three pirates|killed;a=Local elders]] died in a
shootout among the gang over the money. The Puntland government said it had deployed [[some 400
troops|combatants;a=The Puntland government]] on the coast. Police later arrested [[seven
suspects|arrested]] in Eyl.
""",
)

item(
    "Nigerian Navy says it rescued kidnap victims and arrested pirates in 2023",
    """
The Nigerian Navy said it rescued [[57 kidnap victims|kidnapped;a=The Nigerian Navy]] and
arrested [[213 suspected pirates and oil thieves|arrested;a=The Nigerian Navy;n=pirates and oil
thieves]] in {{2023}}. Navy spokesman Commodore Adedotun Ayo-Vaughan said [[more than 1,200
illegal refining sites|other;a=Navy spokesman Commodore Adedotun Ayo-Vaughan]] were destroyed in
the Niger Delta. He said sailors had seized [[14 barges|other;u=other;a=Navy spokesman Commodore
Adedotun Ayo-Vaughan]] loaded with stolen crude. [[Four pirates|killed;a=Navy spokesman Commodore
Adedotun Ayo-Vaughan]] were killed in gun battles with naval patrols in Bayelsa and Delta states,
he said. He said pirate gangs usually operate in groups of [[eight to 12
men|combatants;a=Navy spokesman Commodore Adedotun Ayo-Vaughan;q=range;v=8;lo=8;hi=12]]. Nigeria
loses an estimated {{400,000 barrels of oil a day}} to theft, according to the Nigerian Upstream
Petroleum Regulatory Commission.
""",
)

item(
    "Indian warship frees two fishing vessels from Somali pirates in a day",
    """
The Indian Navy said its warship INS Sumitra had freed [[17 Iranian crew
members|kidnapped;a=The Indian Navy]] of the fishing vessel Iman off Somalia's east coast, and
hours later rescued [[19 Pakistani fishermen|kidnapped;a=The Indian Navy]] held aboard the Al
Naeemi. [[Eleven pirates|arrested]] found on the Al Naeemi were detained and brought to Kochi. The
navy said a boarding team of [[about 30 marine commandos|combatants;a=The navy;alt=Indian Navy]]
had stormed the vessels {{850 nautical miles}} west of Kochi. It said it had deployed [[more than
a dozen warships|other;u=other;a=Indian Navy]] in the Arabian Sea and the Gulf of Aden since
December.
""",
)

item(
    "Eight crew seized from tanker at anchor off Lomé",
    """
Pirates boarded a Greek-managed chemical tanker at anchor off Lomé, Togo, before dawn on Sunday
and abducted [[eight crew members|kidnapped;a=the Togolese navy]], the Togolese navy said. [[The
remaining 12 sailors|other]] had locked themselves in the ship's citadel and were unharmed. The
Athens-based manager, Alpha Tankers, said the abducted crew included [[four
Filipinos|kidnapped;a=Alpha Tankers]] and [[three Greeks|kidnapped;a=Alpha Tankers]]. It was the
{{fourth}} attack off Lomé this year. Togo keeps [[three patrol boats|other]] off the port under
the Yaoundé Code of Conduct, the regional anti-piracy pact. Between {{2018}} and {{2022}},
pirates kidnapped [[more than 600 seafarers|kidnapped;a=the UN Office on Drugs and Crime]] in the
Gulf of Guinea, according to the UN Office on Drugs and Crime.
""",
)

item(
    "Boko Haram abducts fishermen on Lake Chad islands",
    """
Boko Haram fighters abducted [[at least 30 fishermen|kidnapped;a=Abubakar Gamandi]] on islands in
the Nigerian part of Lake Chad at the weekend, said Abubakar Gamandi, who heads the fish traders'
union in Borno state. He said [[nine|killed;a=Abubakar Gamandi]] were killed when they tried to
escape in their canoes. The fighters also seized [[15 canoes|other]] and several tonnes of dried
fish. The Multinational Joint Task Force, which draws troops from Nigeria, Niger, Chad and
Cameroon, said its aircraft had killed [[dozens of insurgents|killed;a=The Multinational Joint
Task Force]] in strikes on the islands. Community leaders say [[more than 1,000
fishermen|displaced;a=Community leaders]] have left for Baga and Monguno, and that the islands,
once home to [[about 50,000 people|civilians;a=Community leaders]], are almost empty.
""",
)

item(
    "Seychelles court convicts Somali pirates captured by Spanish frigate",
    """
A court in the Seychelles convicted [[six Somali men|arrested]] of piracy on Thursday and
sentenced them to {{12 years}} in prison each. The men were among [[nine
suspects|arrested;a=prosecutors]] captured by the Spanish frigate Navarra after an attack on a
Liberian-flagged bulk carrier, prosecutors said. The carrier's [[22 crew
members|other;a=the prosecution]] locked themselves in the citadel while the pirates fired on the
bridge, the prosecution said. [[Three others|returned;p]] were acquitted and will be repatriated
to Somalia. The Seychelles has tried [[more than 150 suspected pirates|arrested;a=the UNODC]]
since {{2010}}, according to the UNODC.
""",
)

item(
    "Sea pirates abduct 12 passengers on Calabar-Oron waterway",
    """
Sea pirates attacked a passenger boat carrying [[about 40 travellers|civilians;a=the Cross River
state police command]] on the waterway between Calabar and Oron, in southeastern Nigeria, and
abducted [[12 of them|kidnapped;a=the Cross River state police command;n=-]], the Cross River
state police command said. [[Two passengers|killed;a=a survivor]] drowned after jumping into the
water to escape, said a survivor who gave his name only as Effiong. The navy said it had freed
[[nine of the captives|kidnapped;a=The navy]] in a raid on a camp in the Bakassi creeks. The Akwa
Ibom boat operators' association said [[more than 300 boats|other;p;a=The Akwa Ibom boat
operators' association]] would stay off the water until patrols improved. The crossing normally
takes about {{90 minutes}}.
""",
)

item(
    "Insurers raise war-risk premiums as piracy returns off Somalia",
    """
War-risk premiums for ships transiting the Gulf of Aden have climbed to about {{0.7%}} of a
vessel's value, up from {{0.05%}} before the Houthi attacks and the return of Somali piracy,
brokers said. For a {{$100 million}} tanker, that adds {{$700,000}} to a single voyage. Some
owners now route around the Cape of Good Hope, adding {{10 to 14 days}} and roughly {{3,500
nautical miles}} to a trip from Asia to Europe. The Joint War Committee of London insurers widened
the listed area off Somalia in {{January 2024}} to take in waters up to {{1,000 nautical miles}}
offshore. Armed guards now cost about {{$3,000 a day}} per team, brokers said. "Piracy is a cost
of doing business again," said an underwriter at a Lloyd's syndicate.
""",
)

item(
    "Somali pirate leader 'Big Mouth' jailed for 20 years in Belgium",
    """
A Belgian court sentenced Mohamed Abdi Hassan, the Somali pirate leader known as "Afweyne", or
"Big Mouth", to {{20 years}} in prison on {{March 14, 2016}} for his role in the {{2009}}
hijacking of the Belgian dredger Pompei. The {{60-year-old}} was lured to Brussels in {{October
2013}} by undercover police posing as film-makers interested in a documentary about his life. The
Pompei was held for {{71 days}} off the Somali coast and released after a ransom of about
{{€2.5 million}} was paid. Prosecutors had sought the maximum sentence, while the defence argued
that he had renounced piracy in {{2013}}. The court acquitted him of belonging to a criminal
organisation.
""",
)
