"""dev101 positives: Thailand-Cambodia, Myanmar-Thailand, the Horn, West and Central Africa, the
Colombia-Venezuela border, Turkey-Syria, Jordan-Syria, Tajikistan-Afghanistan."""

from wrap import w

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Cambodian rockets hit Si Sa Ket petrol station; Thai F-16s strike back",
        w("""
        Cambodian troops fired BM-21 rockets into several Thai border districts on Thursday,
        killing at least 11 civilians, including an eight-year-old boy, and wounding dozens, as
        long-simmering tension over disputed temple ruins erupted into fighting, the army said. One
        rocket struck a petrol station in Kantharalak district of Si Sa Ket, setting it ablaze while
        people were shopping inside. The army said it had scrambled F-16 jets to strike two
        Cambodian military targets in response. Clashes were reported at six locations along the
        border, including near Prasat Ta Muen Thom.
        """),
        "E B M",
        "border_clash",
    ),
    (
        "More than 130,000 evacuated from border provinces as fighting enters third day",
        w("""
        More than 138,000 people have been evacuated from villages in Surin, Si Sa Ket, Ubon
        Ratchathani and Buri Ram to nearly 300 temporary shelters as fighting with Cambodian forces
        entered its third day on Saturday, the Interior Ministry said. Shelters at schools and
        universities were running short of mats, mosquito nets and medicine, volunteers said, and
        the hospital in Phanom Dong Rak moved its patients to Surin city after shells landed nearby.
        Martial law has been declared in eight border districts. 'We left with the clothes we had
        on,' said a rice farmer sheltering with her grandchildren in a university gym.
        """),
        "D H E",
        "displacement",
    ),
    (
        "Cambodian villagers shelter in pagodas as Thai shells hit Oddar Meanchey",
        w("""
        Thousands of Cambodian families fled villages near the border in Oddar Meanchey province and
        sought refuge in pagodas and rice fields further south on Friday, as Thai artillery pounded
        areas around the Ta Moan Thom temple. 'We heard explosions all night and left with only our
        cows,' a 54-year-old farmer told AFP in Samraong. Cambodia's defence ministry said one
        civilian was killed when a shell struck a pagoda, and accused Thailand of using cluster
        munitions, which Bangkok denied.
        """),
        "E D",
        "shelling",
    ),
    (
        "Cambodian soldier killed in brief exchange of fire with Thai troops at Chong Bok",
        w("""
        A Cambodian soldier was killed early on Wednesday in a brief exchange of fire with Thai
        troops in a disputed area known as the Emerald Triangle, where the borders of Thailand,
        Cambodia and Laos meet, both armies said. Each side accused the other of opening fire
        first.
        """),
        "B",
        "border_clash",
    ),
    (
        "Soldier loses leg in landmine blast on Ubon border patrol; Thailand expels Cambodian envoy",
        w("""
        Three Thai soldiers were wounded, one of them losing his right leg, when a landmine exploded
        during a patrol near Chong Bok in Ubon Ratchathani's Nam Yuen district on Wednesday, the
        Second Army Region said. It was the second such blast in a week, and army engineers said
        the PMN-2 mines found in the area had been newly laid, not left over from past conflicts.
        Bangkok recalled its ambassador from Phnom Penh, expelled the Cambodian envoy and closed all
        border checkpoints in the northeast. Cambodia denied laying new mines.
        """),
        "E",
        "landmine",
    ),
    (
        "3,000 flee into Mae Sot as fighting erupts near Myawaddy's second bridge",
        w("""
        About 3,000 people from Myanmar crossed the Moei river into Mae Sot district of Tak on
        Saturday as fighting broke out between junta troops and Karen forces near the Thai-Myanmar
        Friendship Bridge 2, Thai officials said. Stray bullets and a shell landed on the Thai side,
        damaging a house, and the Third Army Region deployed troops along the riverbank. The Karen
        National Union said its fighters had surrounded the last army battalion in Myawaddy, while
        junta drones dropped bombs on their positions. The Foreign Ministry said Thailand could
        shelter up to 100,000 people temporarily.
        """),
        "B D E",
        "fleeing_across_border",
    ),
    (
        "Sudan accuses Ethiopian army of executing seven captured soldiers; shells border village",
        w("""
        Sudan's army said on Sunday that Ethiopia's army had executed seven Sudanese soldiers and a
        civilian it had captured in the disputed al-Fashaga border region, and put their bodies on
        display. Ethiopia denied responsibility and blamed a local militia. On Monday, Sudanese
        artillery shelled the village of al-Asira inside al-Fashaga, where Ethiopian troops and
        militiamen were positioned, a Sudanese military source said. Khartoum recalled its
        ambassador from Addis Ababa and said it would complain to the United Nations Security
        Council.
        """),
        "V E",
        "execution",
    ),
    (
        "Al-Shabaab fighters attack police camp in Mandera near Somali border, killing five",
        w("""
        Suspected al-Shabaab fighters crossed from Somalia and attacked a police camp in Kenya's
        Mandera county before dawn on Tuesday, killing five officers and burning two vehicles,
        police said. The attackers used rocket-propelled grenades and heavy machine guns in a
        firefight that lasted about an hour before they withdrew across the border, a security
        official told AFP.
        """),
        "T B",
        "attack_on_border_post",
    ),
    (
        "Benin says 28 soldiers killed in attack on army post near Niger, Burkina borders",
        w("""
        Twenty-eight soldiers were killed when fighters attacked an army position near the point
        where Benin's borders meet those of Niger and Burkina Faso on Wednesday, the government
        said, the deadliest attack on Benin's military to date. The al-Qaeda-linked group JNIM
        claimed the assault in the W national park and said it had seized weapons and ammunition.
        """),
        "T B",
        "attack_on_border_post",
    ),
    (
        "Shells from Congo kill civilians in Rwanda's Gisenyi as M23 pushes into Goma",
        w("""
        Shells fired from Congo landed in the Rwandan border town of Gisenyi on Monday, killing at
        least five civilians and wounding dozens, Rwanda's military said, as M23 rebels it is
        accused of backing fought their way into the eastern Congolese city of Goma. Congolese and
        Rwandan troops exchanged fire across the frontier near the Petite Barriere crossing, where
        thousands of people were trying to get into Rwanda. Rwanda said its troops were in a
        'defensive posture'. Congo accused Rwandan artillery of firing on Goma airport.
        """),
        "E B D",
        "cross_border_shelling",
    ),
    (
        "Thousands flee to Colombia as Venezuelan army battles guerrillas in Apure",
        w("""
        More than 4,000 Venezuelans have crossed the Arauca river into the Colombian town of
        Arauquita since Sunday, fleeing fighting between the Venezuelan armed forces and a
        dissident faction of the former FARC guerrillas around La Victoria. Residents accused
        Venezuelan soldiers of raiding homes and killing a family of farmers, whom officials in
        Caracas later presented as 'terrorists' killed in combat. Arauquita has opened shelters in
        schools and a sports centre, and the mayor said food was running out. Venezuela's defence
        ministry said two soldiers had died.
        """),
        "B V D H",
        "fleeing_across_border",
    ),
    (
        "ELN offensive in Catatumbo drives tens of thousands to Cucuta and across into Venezuela",
        w("""
        More than 32,000 people have fled the Catatumbo region of Norte de Santander since the ELN
        guerrilla launched an offensive against dissidents of the former FARC on Thursday, officials
        said, one of the worst displacement crises in Colombia in decades. Dozens of civilians,
        among them former FARC fighters who signed the peace deal and a community leader with his
        family, have been killed, the ombudsman's office said. Many families walked for days to
        Tibu and Cucuta, and hundreds crossed into Venezuela. President Gustavo Petro suspended
        talks with the ELN. In Cucuta, the main stadium has been turned into a shelter where the Red
        Cross hands out meals.
        """),
        "B V D",
        "offensive",
    ),
    (
        "Turkey launches air strikes on Kurdish militants in Syria and Iraq after Istanbul bombing",
        w("""
        Turkey carried out air strikes on bases of Kurdish militants in northern Syria and northern
        Iraq overnight, its defence ministry said on Sunday, a week after a bomb on Istanbul's
        Istiklal avenue killed six people in an attack Ankara blamed on the militants. The strikes
        hit 89 targets including shelters, tunnels and ammunition depots, the ministry said.
        """),
        "E M",
        "airstrike",
    ),
    (
        "Jordan air strikes on suspected drug smugglers kill 10 in Syria's Sweida, monitor says",
        w("""
        Air strikes believed to have been carried out by Jordan killed at least 10 people,
        including two children, in southern Syria's Sweida province early on Thursday, a war
        monitor said, as Amman steps up its campaign against drug and weapons smuggling across the
        border. The Syrian Observatory for Human Rights said jets hit houses in two villages close
        to the frontier. Amman did not comment.
        """),
        "E M",
        "airstrike",
    ),
    (
        "Chinese worker killed as gunmen fire from Afghanistan on Tajik mining camp",
        w("""
        A Chinese national was killed and another wounded when armed men fired from Afghan
        territory on a camp of a Chinese mining company in Tajikistan's Shamsiddin Shohin district
        on Friday, Tajikistan's State Committee for National Security said. It was the second such
        attack on Chinese workers along the Panj river in a month. The committee said Tajik border
        guards later killed three armed men who had crossed the river with rifles and a drone
        fitted with explosives. The Chinese embassy urged its citizens to leave the border area.
        """),
        "V B",
        "cross_border_attack",
    ),
]
