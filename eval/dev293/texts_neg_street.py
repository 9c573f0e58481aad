"""dev293 negatives: peaceful protests and strikes, hostages' families' campaigns, the crime and
courts desk (trials of old attacks included) and ceasefires and deals with no current violence.
(title, text, kind code); codes in eval/conflictset."""

NEGATIVES = [
    (
        "Some 200,000 rally on Kaplan Street in tenth week of overhaul protests",
        "An estimated 200,000 people rallied in central Tel Aviv on Saturday night against the government's plan to overhaul the judiciary, in the tenth straight week of protests, organisers said. The crowd filled Kaplan Street from the Azrieli towers to Ibn Gabirol, waving blue-and-white flags and chanting “de-mo-cra-cy”. Former Shin Bet chief Nadav Argaman told the rally that the government was leading the country toward a constitutional crisis. Tens of thousands more demonstrated in Haifa, Beersheba, Herzliya and Jerusalem, where marchers walked to the President's Residence. Police said the evening passed without incident and that roads in the city centre were reopened shortly before midnight. Protest leaders said they would hold a “day of resistance” on Thursday and urged reservists to join. Justice Minister Yariv Levin said on Sunday that the protests would not stop the legislation. A Channel 13 poll found that 66 percent of Israelis wanted the plan frozen.",
        "protest",
    ),
    (
        "Hostages' families reach Jerusalem after five-day march from Tel Aviv",
        "Tens of thousands of people marched into Jerusalem on Saturday at the end of a five-day, 63-kilometre march from Tel Aviv organised by the families of the people held hostage in Gaza, calling on the government to make their release its top priority. The marchers walked along Route 1, sleeping in kibbutz halls and in Latrun and stopping at Shaar Hagai, where relatives of the captives spoke to the crowd. In Jerusalem, they gathered outside the Prime Minister's Office on Gaza Street and held up posters of the 240 hostages. “We walked so that no one can say they didn't see us,” said the grandfather of a nine-month-old baby held in Gaza. Members of the war cabinet, Benny Gantz and Gadi Eisenkot, met some of the families. Police escorted the march and reported no incidents. The Hostages and Missing Families Forum said it would set up a protest tent opposite the Knesset.",
        "protest",
    ),
    (
        "Thousands of reservists form human chain, warn they will stop volunteering",
        "More than 10,000 reservists, among them air force pilots and members of elite units, signed a letter on Friday declaring that they would stop volunteering for duty if the Knesset passed a law limiting the courts' use of the reasonableness standard. Hundreds of them, members of the Brothers in Arms protest group, formed a human chain on the road outside the Kirya military headquarters in Tel Aviv, holding hands and the flag. “We have fought for this country in every war, and we will not serve a dictatorship,” a reserve colonel said. Chief of Staff Herzi Halevi warned in a letter to soldiers that any refusal to serve would harm the army's readiness. Coalition ministers called the reservists mutineers and said they were crossing a red line. Defence Minister Yoav Gallant met some of the group's leaders on Saturday. The letter was handed to the chief of staff's office by a delegation of reservists on Sunday morning.",
        "protest",
    ),
    (
        "Histadrut general strike shuts Ben Gurion departures and closes shops",
        "Departures from Ben Gurion Airport were halted, and banks, malls, universities and many local councils shut their doors on Monday after the Histadrut labour federation declared a general strike against the government's judicial overhaul. Histadrut chairman Arnon Bar-David said the country was on the edge of an abyss and called on Prime Minister Benjamin Netanyahu to stop the legislation. McDonald's, the Azrieli malls and the Big shopping centres closed in solidarity, and hospitals operated on a weekend schedule. The Manufacturers Association joined the strike. Tens of thousands gathered outside the Knesset in a rally that organisers said was the largest ever held in Jerusalem, and police reported no arrests. In the evening, Netanyahu announced he was delaying the legislation to allow for dialogue, and the Histadrut called off the strike. National Security Minister Itamar Ben-Gvir said he had agreed to the pause in return for a national guard under his control.",
        "protest",
    ),
    (
        "Hundreds of thousands of Haredim pray against draft at Jerusalem mass rally",
        "Hundreds of thousands of ultra-Orthodox men filled the streets at the western entrance to Jerusalem on Thursday for a mass prayer rally against the arrest of yeshiva students who refuse to enlist, police said. The rally, called by leading rabbis of the Lithuanian and Hasidic streams, shut down the city's entrance and the light rail for most of the afternoon. Speakers read psalms and declared that no yeshiva student would serve in the army. Police deployed about 2,000 officers and said the event ended without violence. A 15-year-old boy died after falling from the roof of an unfinished building where he had climbed to watch, paramedics said. United Torah Judaism lawmakers addressed the crowd and called on the government to pass a law exempting Torah students. Traffic on Route 1 was diverted for hours. Military police said the arrests of draft evaders would continue.",
        "protest",
    ),
    (
        "Doctors strike for a day after Knesset passes reasonableness law",
        "Doctors at public hospitals and health maintenance organisations went on strike on Tuesday, treating only emergencies, in protest at the law curbing the judiciary passed by the Knesset the day before. The Israel Medical Association said the strike was needed to defend an independent court system that protects patients' rights and doctors' freedom. Elective operations and outpatient clinics were cancelled at Sheba, Ichilov and Hadassah, while emergency rooms and maternity wards worked normally. The National Labour Court ordered the doctors back to work after a petition by the state, and the strike ended at midday. “We will not sit on the sidelines while the rules of the game are changed,” association chairman Zion Hagay told reporters. Several hundred medical interns held a silent vigil outside Rambam in Haifa. Health Minister Moshe Arbel said the strike was illegal and harmed patients.",
        "protest",
    ),
    (
        "Druze rally in Rabin Square against Nation-State Law draws 50,000",
        "About 50,000 people, among them thousands of Druze, filled Tel Aviv's Rabin Square on Saturday night to protest against the Nation-State Law, which they say makes Druze citizens second-class despite their service in the army. Organisers included retired senior Druze officers, who wore their uniforms and called for the law to be amended to include a commitment to equality. “We gave our blood for this state,” former brigadier general Amal Asad told the crowd. Jewish Israelis, among them former chiefs of staff, joined the rally and waved Druze and Israeli flags side by side. Police said the demonstration was orderly and no one was arrested. Prime Minister Benjamin Netanyahu had met Druze leaders earlier in the week and offered legislation to strengthen the community's status, but the talks broke down. Arab parties said they would hold their own protest the following week.",
        "protest",
    ),
    (
        "Five shot dead at car wash in Yafia as crime toll in Arab community hits record",
        "Five men were shot dead at a car wash in the northern Arab town of Yafia on Thursday, in the deadliest criminal shooting in Israel's Arab community in years, police said. Gunmen arrived in a car and opened fire at close range before escaping, and the victims, including two teenagers, were pronounced dead at the scene by Magen David Adom. Police said the shooting was linked to a feud between crime families in the area and that no one had been arrested. The killings brought the number of Arab citizens murdered since January to 102, more than double the figure for the same period a year earlier, according to the Abraham Initiatives. Arab mayors announced a general strike in their towns and accused the police of abandoning them. National Security Minister Itamar Ben-Gvir said the crime organisations had been growing for years. Opposition leader Yair Lapid called for the minister's resignation.",
        "crime",
    ),
    (
        "Court convicts settler of murder over 2015 Duma arson",
        "The Lod District Court on Monday convicted Amiram Ben-Uliel of three counts of murder for the 2015 firebombing of the Dawabsha family home in the West Bank village of Duma, which killed 18-month-old Ali and his parents, Saad and Riham. The judges said Ben-Uliel's confession was admissible, except for a first confession that was obtained under what the Shin Bet called necessity interrogation. He was also convicted of arson and of committing a racist crime. Ahmad Dawabsha, the family's only survivor, who was four at the time and suffered severe burns, did not attend. His grandfather Hussein told reporters in the courtroom corridor that justice had only been partly done. Ben-Uliel's lawyers said they would appeal to the Supreme Court. A minor who was charged in the case had earlier reached a plea deal. Sentencing was set for September.",
        "crime",
    ),
    (
        "Cousin of Beersheba ramming attacker sentenced to eight years",
        "The Beersheba District Court on Wednesday sentenced a 31-year-old resident of Hura to eight years in prison for supplying a knife to his cousin and failing to report what he knew before the attack at the BIG shopping centre in March 2022, in which four Israelis were killed. The judges said the defendant knew of his relative's support for the Islamic State group and had been told that he intended to “do something” days before the ramming and stabbing attack. The defence argued that he did not believe his cousin would act. Prosecutors had asked for 12 years. Relatives of the victims, who sat in the courtroom, said the sentence was too lenient. The attacker, a former teacher who had served a prison term for IS-related offences, was shot dead at the scene by civilians. The prosecution said it was considering an appeal.",
        "crime",
    ),
    (
        "Border Police officer acquitted in killing of autistic man Eyad Hallaq",
        "The Jerusalem District Court on Thursday acquitted a Border Police officer of reckless homicide in the 2020 killing of Eyad Hallaq, an autistic Palestinian man who was shot in an Old City garbage room while on his way to his special-needs school. Judge Chana Miriam Lomp ruled that the officer had made a mistake in good faith when he believed Hallaq was an attacker, after another officer shouted that he was a terrorist. Hallaq's family said they were devastated and that the ruling gave officers permission to kill. “My son was hiding next to his teacher, and they shot him,” his mother, Rana, said outside the courthouse. The officer's lawyer said his client had been through a three-year ordeal. Rights group B'Tselem said the verdict was part of a pattern of impunity. The prosecution has 45 days to decide whether to appeal.",
        "crime",
    ),
    (
        "Car bomb in Bat Yam kills crime figure in underworld feud",
        "A man in his forties was killed on Sunday morning when a bomb exploded under his car in a residential street in Bat Yam, police said, in what they described as the latest round of a gang war between two crime families in the centre of the country. The victim, who was known to police, was pronounced dead at the scene by Magen David Adom paramedics. Two passers-by were lightly hurt by flying debris. Police sappers cordoned off the area and searched for further explosive devices, and residents were kept in their homes for about two hours. Tel Aviv District police chief Peretz Amar said officers had arrested three suspects in raids in Holon and Rishon Lezion later in the day. It was the fourth car bomb in the Tel Aviv area since the start of the year. Police say criminal organisations are increasingly using explosives obtained from military bases.",
        "crime",
    ),
    (
        "Police bust ring that stole thousands of bullets and grenades from IDF bases",
        "Police and military police said on Tuesday they had broken up a ring that stole weapons and ammunition from army bases in the south and sold them to crime organisations in Arab towns and in the West Bank. Seven suspects, among them two soldiers and a civilian contractor who worked at a base in the Negev, were arrested in dawn raids, police said. Investigators found about 40,000 rounds of ammunition, dozens of grenades and explosive charges hidden in a warehouse near Rahat. The IDF said the thefts had been carried out over more than a year and that it was tightening security at armouries. According to police, many of the grenades used in criminal attacks in recent years came from military stores. The suspects' remand was extended by eight days at the Beersheba Magistrate's Court. An indictment is expected next month.",
        "crime",
    ),
    (
        "Israel, UAE and Bahrain sign Abraham Accords at White House",
        "Prime Minister Benjamin Netanyahu signed normalisation agreements with the United Arab Emirates and Bahrain at the White House on Tuesday, in a ceremony hosted by President Donald Trump on the South Lawn. The agreements, known as the Abraham Accords, make the two Gulf states the third and fourth Arab countries to establish full diplomatic relations with Israel, after Egypt and Jordan. The UAE's foreign minister, Sheikh Abdullah bin Zayed, and Bahrain's foreign minister, Abdullatif al-Zayani, signed for their countries. Netanyahu said the day was “a pivot of history” that heralded a new dawn of peace. Officials said direct flights, embassies and trade deals would follow within months. The Palestinian Authority said the agreements were a stab in the back. Back home, Netanyahu faced criticism over the country's second coronavirus lockdown, which was due to begin on Friday.",
        "peace",
    ),
    (
        "Cabinet approves hostage deal; first three women to be freed on Sunday",
        "The cabinet approved the ceasefire and hostage release agreement with Hamas early on Saturday by 24 votes to eight, clearing the way for the first captives to come home on Sunday afternoon. Under the first phase of the deal, 33 hostages are to be released over six weeks in exchange for hundreds of Palestinian prisoners, and troops will gradually pull back from populated areas of Gaza. The Prime Minister's Office said three women would be handed over to the Red Cross on Sunday. Ministers from Otzma Yehudit and Religious Zionism voted against. The Justice Ministry published a list of 735 Palestinian prisoners set to be released, giving the public 24 hours to file objections with the High Court. Hospitals in the centre prepared wards for the returnees. At Hostages Square, families said they would not rest until all were home. The ceasefire is due to take effect at 8.30 a.m. on Sunday.",
        "peace",
    ),
    (
        "Ceasefire in Gaza takes effect as troops pull back to new lines",
        "A ceasefire between Israel and Hamas took effect at noon on Friday after the government approved the first phase of the US-brokered plan, and the army said its forces had completed their withdrawal to the agreed line inside Gaza. Under the deal, Hamas is to free all 20 living hostages within 72 hours, and return the bodies of those who died in captivity, in exchange for about 2,000 Palestinian prisoners and detainees. The Israel Prison Service began moving prisoners to Ofer and Ktziot for the release. Prime Minister Benjamin Netanyahu said the army would stay in control of about half the Strip. US envoy Steve Witkoff visited Hostages Square on Saturday night, where hundreds of thousands of people gathered. Hospitals at Sheba, Ichilov and Beilinson prepared to receive the freed captives. Far-right ministers voted against but said they would not quit for now. The Egyptian-led mediators said talks on the second phase would begin within days.",
        "peace",
    ),
    (
        "Kiryat Shmona schools reopen as families return to the north",
        "Schools in Kiryat Shmona reopened on Monday for the first time in nearly two years, as thousands of families who spent the war in hotels and rented flats around the country returned to the city. The municipality said about 70 percent of residents had come back, and that 4,200 pupils were registered for the new school year, down from 5,800 before the evacuation. Education Minister Yoav Kisch and Northern Command officials attended the opening at the Darca high school, whose gym was rebuilt after it was damaged. Families receive a return grant of up to 15,000 shekels per adult under a government plan, and businesses that reopen get compensation for the months they were closed. Many parents said they were worried about the future of the ceasefire with Lebanon. “The children need routine more than anything,” said a mother of three. Mayor Avichai Stern said the state still owed the city hundreds of millions of shekels.",
        "peace",
    ),
    (
        "Israel and Lebanon agree maritime border, clearing way for Karish gas",
        "Israel and Lebanon reached a US-mediated agreement on Tuesday on their disputed maritime border, ending a decade of negotiations and clearing the way for Energean to begin pumping gas from the Karish field. Prime Minister Yair Lapid called the deal “a historic achievement” that would strengthen Israel's security and bring billions into the state's coffers. Lebanon's president Michel Aoun said the terms met all of his country's demands. The two countries, which are formally at war, did not sign a joint document; each will submit a letter to the United Nations. Hezbollah leader Hassan Nasrallah had threatened for months that the group would not allow gas to be extracted from Karish before Lebanon's rights were secured. Opposition leader Benjamin Netanyahu said Lapid had surrendered to Hezbollah and vowed to cancel the deal if elected. The cabinet is expected to approve the agreement next week.",
        "peace",
    ),
]
