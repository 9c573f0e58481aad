"""Negatives of eval/dev30, crime (trials, inquiries, theft): (title, text, kind code)."""

NEGATIVES = [
    (
        "Paris attacks trial ends with life sentence for Salah Abdeslam",
        "PARIS — A special Paris court on Wednesday sentenced Salah Abdeslam, the only surviving "
        "member of the group that carried out the November 2015 attacks on the French capital, "
        "to life in prison without the possibility of parole, the most severe penalty under "
        "French law. The court found Abdeslam, 32, guilty of murder and attempted murder in "
        "connection with a terrorist enterprise. Nineteen other defendants were convicted of "
        "charges ranging from logistical support to terrorism-related conspiracy; six of them "
        "were tried in absentia and are presumed dead. The verdict ended a ten-month trial, the "
        "largest in modern French history, during which hundreds of survivors and relatives of "
        "victims testified about the night of the attacks at the Bataclan concert hall, outside "
        "the Stade de France and on café terraces, in which 130 people were killed. Abdeslam had "
        "told the court that he decided not to detonate his explosive vest and apologised to the "
        "victims, though he also said he belonged to the Islamic State group. Survivors gathered "
        'outside the courthouse after the verdict. "It is not a relief, but it is a step. Now we '
        'can try to live," said a man who was wounded at the Bataclan. The court was built '
        "inside the historic Palais de Justice on the Île de la Cité for the trial, which was "
        "recorded for the national archives. Defence lawyers said they would consider an appeal. "
        "During the trial, the court heard from investigators about how the attackers had "
        "travelled to Europe from Syria along the migrant route through Greece and the Balkans, "
        "and how they had been directed by commanders of the Islamic State in Raqqa. Many "
        "survivors said that testifying had helped them, and some formed friendships with "
        "lawyers and other victims over the months of hearings. One of the defendants, Mohamed "
        "Abrini, who had taken part in the preparation of the attacks, was also sentenced to "
        "life, with a minimum of 22 years. The court rejected the argument of Abdeslam's lawyers "
        "that he had renounced violence. A separate trial for the 2016 Brussels bombings is due "
        "to open in Belgium in the autumn.",
        "crime",
    ),
    (
        "Former LRA commander Ongwen sentenced to 25 years by ICC",
        "THE HAGUE — The International Criminal Court sentenced Dominic Ongwen, a former "
        "commander of Uganda's Lord's Resistance Army, to 25 years in prison on Thursday for war "
        "crimes and crimes against humanity committed in northern Uganda in the early 2000s. "
        "Ongwen was convicted in February of 61 counts, including murder, rape, sexual slavery, "
        "forced marriage and the conscription of child soldiers, in connection with attacks on "
        "camps for displaced people between 2002 and 2005. Presiding judge Bertram Schmitt said "
        "the court had taken into account that Ongwen himself had been abducted by the LRA at "
        "the age of about nine on his way to school, but that this did not excuse his crimes as "
        'an adult. "He chose to commit them," the judge said. Prosecutors had asked for 20 '
        "years, while the defence argued for a sentence of ten years at most because of his "
        "childhood experience. Ongwen is the first former child soldier to be convicted by the "
        "court. Victims' groups in the northern Ugandan town of Gulu followed the hearing on a "
        "screen set up in a community hall, and some said the sentence was too lenient. The LRA, "
        "led by Joseph Kony, terrorised northern Uganda for two decades before moving into "
        "neighbouring countries. Kony remains at large. Ongwen's lawyers have appealed against "
        "the conviction. The time he has spent in detention since 2015 will be deducted from his "
        "sentence. The court will decide at a later date on reparations for the victims, who "
        "number in the thousands and include former residents of the camps at Pajule, Odek, "
        "Lukodi and Abok, as well as women who were forced to marry LRA commanders and the "
        "children born of those marriages. The ICC's Trust Fund for Victims has already run "
        "programmes in northern Uganda, providing medical care and psychological support. Some "
        "survivors said the trial had been too far away, and that they had learned of the "
        "sentence only from the radio. Others said they had forgiven Ongwen because he had been "
        "abducted as a child, and some traditional leaders had called for him to be returned "
        "home to take part in a reconciliation ceremony. Northern Uganda has been at peace since "
        "the LRA left the country in 2006.",
        "crime",
    ),
    (
        "German court convicts Syrian ex-officer of crimes against humanity",
        "KOBLENZ, Germany — A German court on Thursday sentenced a former Syrian intelligence "
        "officer to life in prison for crimes against humanity, in the first trial in the world "
        "over state-sponsored torture in Syria. The Koblenz higher regional court found Anwar "
        "Raslan, 58, guilty of 27 murders and of overseeing the torture of at least 4,000 people "
        "at the Al-Khatib detention centre in Damascus, known as Branch 251, in 2011 and 2012. "
        "Raslan, who defected and came to Germany as an asylum seeker in 2014, had denied the "
        "charges. Judges relied on testimony from dozens of survivors and on photographs "
        "smuggled out of Syria by a military photographer known as Caesar. The case was brought "
        "under the principle of universal jurisdiction, which allows courts to try serious "
        'crimes regardless of where they were committed. "This verdict gives hope to all '
        'survivors that justice is possible," said Wassim Mukdad, a survivor who testified in '
        "the trial. Relatives of detainees who disappeared in Syrian prisons held photographs of "
        "their loved ones outside the courthouse. A junior officer from the same branch was "
        "convicted last year of aiding and abetting crimes against humanity. Human rights "
        "lawyers said the verdict was a warning to officials who believed they could escape "
        "justice by leaving Syria. Raslan's lawyers said they would appeal. The trial, which "
        "lasted nearly two years, heard from more than 80 witnesses, many of them Syrians living "
        "in Germany and other European countries, who described beatings, electric shocks and "
        "being hung from the ceiling in the basement of the detention centre. Several witnesses "
        "testified anonymously because they feared for relatives still in Syria. Germany has "
        "become a centre for such prosecutions because of the large number of Syrian refugees "
        "who live there and because its law allows the prosecution of crimes against humanity "
        "committed abroad. Prosecutors in France, Sweden and the Netherlands have brought "
        "similar cases.",
        "crime",
    ),
    (
        "Manchester Arena inquiry finds MI5 missed chance to stop bomber",
        "LONDON — Britain's MI5 security service missed a significant opportunity to take action "
        "that might have prevented the 2017 Manchester Arena bombing, a public inquiry concluded "
        "on Thursday, prompting the agency's chief to apologise to the families of the 22 people "
        "who were killed. Inquiry chairman John Saunders said MI5 had received two pieces of "
        "intelligence about the bomber, Salman Abedi, in the months before the attack, but that "
        'officers had not shared them quickly enough or assessed them properly. "There was a '
        'significant missed opportunity to take action that might have prevented the attack," '
        "Saunders said in his report, the third and final volume of the inquiry. MI5 Director "
        'General Ken McCallum said he was "profoundly sorry" that the agency had not prevented '
        "the attack. The families' lawyers said the report confirmed their worst fears. Earlier "
        "volumes criticised security arrangements at the venue and the slow response of the "
        "emergency services on the night of the Ariana Grande concert. The inquiry also found "
        "that Abedi had been radicalised by people in Manchester and in Libya. His brother, "
        "Hashem Abedi, was jailed for at least 55 years in 2020 for helping to plan the attack. "
        '"Nothing will bring our children back, but we hope lessons are learned," said the '
        "mother of one of the victims. The government said it would study the recommendations "
        "carefully. The chairman also found that Abedi's parents bore some responsibility for "
        "his radicalisation, and criticised the failure to refer him to the government's "
        "anti-radicalisation programme when he was a teenager. His older brother Ismail left the "
        "country before giving evidence and has been charged in his absence with failing to "
        "comply with a witness summons. MI5 said it had made more than 100 improvements to the "
        "way it handled intelligence since the attack. Figen Murray, whose son Martyn Hett was "
        "killed, has campaigned for a law requiring venues to prepare for terrorist attacks, "
        "which the government has promised to introduce.",
        "crime",
    ),
    (
        "Sinaloa cartel co-founder 'El Mayo' Zambada pleads guilty in New York",
        'NEW YORK — Ismael "El Mayo" Zambada, the co-founder of Mexico\'s Sinaloa cartel, '
        "pleaded guilty on Monday in a federal court in Brooklyn to drug trafficking and "
        "racketeering charges, admitting to decades of smuggling cocaine and other drugs into "
        "the United States. Zambada, 77, who appeared in a wheelchair, told the judge that he "
        "had run a criminal organisation that paid bribes to Mexican police, military officers "
        "and politicians, and apologised to the victims of drug addiction. He faces a mandatory "
        "sentence of life in prison when he is sentenced in January. Prosecutors agreed not to "
        "seek the death penalty. Zambada was arrested in July last year after landing in a small "
        "plane near El Paso, Texas, with Joaquín Guzmán López, a son of the imprisoned cartel "
        'leader Joaquín "El Chapo" Guzmán. Zambada has said he was kidnapped and brought to the '
        "United States against his will. US Attorney General Pam Bondi called the plea a "
        "historic victory in the fight against cartels. The cartel is accused of supplying large "
        "quantities of fentanyl to the US market. As part of the plea, Zambada agreed to forfeit "
        "$15 billion in drug proceeds, although prosecutors acknowledged that most of the money "
        "was unlikely ever to be recovered. His lawyer said his client had taken responsibility "
        "for his actions. Mexico's government said it would follow the case. Zambada co-founded "
        "the Sinaloa cartel in the late 1980s and was never arrested during decades in which he "
        "ran its operations from the mountains of Sinaloa state, while partners such as Guzmán "
        "were captured and extradited. Prosecutors said he had personally arranged shipments of "
        "tonnes of cocaine from Colombia through Central America and Mexico to the United "
        "States, using aircraft, trucks, boats and tunnels. Guzmán was sentenced to life in "
        "prison in 2019 after a three-month trial in the same court. Two of his sons have "
        "pleaded guilty to drug charges in Chicago. The judge set a sentencing date for January.",
        "crime",
    ),
    (
        "Thieves steal crown jewels from Louvre in seven-minute raid",
        "PARIS — Thieves stole eight pieces of jewellery from the Louvre's Apollo Gallery on "
        "Sunday morning in a raid that lasted about seven minutes, using a furniture lift "
        "mounted on a truck to reach a first-floor window, France's culture minister said. The "
        "four men, wearing high-visibility vests, cut through the window with a disc cutter, "
        "smashed two display cases and fled on scooters, police said. Among the items taken were "
        "a necklace and earrings from a set that belonged to Queen Marie-Amélie and a diadem of "
        "Empress Eugénie. A crown belonging to the empress was dropped during the getaway and "
        "recovered damaged near the museum. No one was injured. The museum was evacuated and "
        'closed for the day, and tourists queuing at the glass pyramid were turned away. "It is '
        "a wound for all of France,\" the interior minister said. The Paris prosecutor's office "
        "said an organised crime unit specialising in high-value thefts was leading the "
        "investigation, and that investigators were examining the possibility that the robbers "
        "were working for a collector or wanted to resell the gems. Art crime experts said the "
        "jewels, which are of immense historical value, might be broken up and the stones recut. "
        "The theft renewed criticism of security at the world's most visited museum, whose staff "
        "had gone on strike earlier in the year to protest against overcrowding and "
        "understaffing. Insurers were assessing the loss. Investigators said the thieves had "
        "parked the truck with the lift beside the museum on the embankment of the Seine, "
        "pretending to be workers, and had threatened guards before escaping. Security cameras "
        "covered only part of the gallery, according to a report by the national audit office "
        "that had been leaked to the press. The Louvre's director told a Senate committee that "
        "the museum's security systems needed modernising and that a plan to install new cameras "
        "had been delayed. Police arrested two suspects a week later, one of them at Charles de "
        "Gaulle airport as he tried to board a flight to Algeria. The jewels had not been "
        "recovered.",
        "crime",
    ),
    (
        "Twelve-year-old opens fire at Finnish school, killing a classmate",
        "HELSINKI — A 12-year-old boy opened fire at a secondary school in Vantaa, near "
        "Helsinki, on Tuesday morning, killing one pupil and seriously wounding two others, "
        "police said. The suspect, who was a pupil at the school, was arrested in Helsinki "
        "shortly afterwards with a revolver, which belonged to a relative and was licensed, "
        "police said. All three victims were also 12 years old. Police said the boy had told "
        "investigators that he had been bullied, and that there was no indication of any "
        'political or ideological motive. "This is a tragedy for the whole country," Prime '
        "Minister Petteri Orpo wrote on social media, and flags flew at half-mast on public "
        "buildings on Wednesday. Because he is under 15, the age of criminal responsibility in "
        "Finland, the boy cannot be charged and will be handed over to child welfare services. "
        "About 800 pupils attend the Viertola school, which covers grades one to nine. Parents "
        "gathered outside the building to collect their children, and the city opened a crisis "
        "centre for families. Finland has strict gun laws but high rates of gun ownership, "
        "mainly for hunting. The country was shaken by two school shootings in 2007 and 2008, in "
        "Jokela and Kauhajoki, in which 20 people were killed, after which the government "
        "tightened the licensing of handguns. The interior minister said the government would "
        "consider further changes. Pupils were taken to a nearby sports hall, where "
        "psychologists and teachers met them, and the school was closed for the rest of the "
        "week. Neighbours placed candles and flowers at the school gates. The Finnish National "
        "Agency for Education said it would review safety procedures in schools, and the "
        "government said it would consider raising the minimum age for access to firearms at "
        "home. Police said the boy had planned the attack and had filmed part of it on his "
        "phone, and that he had also carried a knife. Finland's president said the country had "
        "to make sure no child felt so alone.",
        "crime",
    ),
]
